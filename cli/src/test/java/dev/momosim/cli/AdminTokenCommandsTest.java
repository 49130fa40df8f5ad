package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SimulatorUrl;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the admin token from the command line. Control commands send {@code --admin-token} or
 * {@code MOMO_SIM_ADMIN_TOKEN}; {@code serve} takes it from the flag, the variable or the config
 * file (in that order), refuses a short one in one line, and on every interface generates one and
 * prints it once with the dashboard and phone links.
 */
@MomoSimulatorTest(
    config = "{\"control\": {\"adminToken\": \"" + AdminTokenCommandsTest.TOKEN + "\"}}")
class AdminTokenCommandsTest {
  static final String TOKEN = "cli-test-admin-token-0123456789";
  private static final Pattern LISTENING =
      Pattern.compile("^momo-sim listening on http://([0-9.]+):(\\d+)$");

  @TempDir Path dir;

  @Test
  void aControlCommandWithoutTheTokenIsRefusedWithAHint(@SimulatorUrl String baseUrl) {
    Cli.Result refused = new Cli(baseUrl).run("pending");

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(refused.err()).contains("admin token", "--admin-token").doesNotContain(TOKEN);
  }

  @Test
  void aControlCommandWithTheFlagDrivesTheSimulator(@SimulatorUrl String baseUrl) {
    Cli cli = new Cli(baseUrl);

    assertThat(cli.run("clock", "freeze", "--admin-token", TOKEN).exitCode())
        .isEqualTo(ExitCodes.OK);
    Cli.Result shown = cli.run("clock", "show", "--admin-token", TOKEN);
    assertThat(shown.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(shown.out()).contains("(frozen)");
    assertThat(cli.run("reset", "--admin-token", TOKEN + "-wrong").exitCode())
        .isEqualTo(ExitCodes.API_ERROR);
  }

  @Test
  void aControlCommandReadsTheTokenFromTheEnvironment(@SimulatorUrl String baseUrl)
      throws Exception {
    try (SpawnedCommand pending =
        SpawnedCommand.start(
            Map.of("MOMO_SIM_ADMIN_TOKEN", TOKEN), "pending", "--sim-url", baseUrl)) {
      assertThat(pending.exitCode()).as("stderr: %s", pending.stderrLines()).isEqualTo(0);
    }
  }

  @Test
  void serveRefusesAShortTokenInOneLine() {
    Cli.Result result = Cli.runExactly("serve", "--port", "0", "--admin-token", "too-short");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith("momo-sim: cannot start: --admin-token")
        .contains("at least 16 characters")
        .doesNotContain("too-short");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void onEveryInterfaceServePrintsAGeneratedTokenOnceWithLinksThatCarryIt() throws Exception {
    try (SpawnedCommand serve =
        SpawnedCommand.start(
            Map.of("MOMO_SIM_ADMIN_TOKEN", ""), "serve", "--port", "0", "--host", "0.0.0.0")) {
      int port = Integer.parseInt(serve.awaitStdout(LISTENING).group(2));
      String token = serve.awaitStderr(Pattern.compile("^  admin token  (\\S+)$")).group(1);
      Matcher dashboard =
          serve.awaitStderr(
              Pattern.compile("^  dashboard    (http://\\S+)/_sim/ui/\\?token=(\\S+)$"));
      Matcher phone =
          serve.awaitStderr(
              Pattern.compile("^  payer phone  http://\\S+/_sim/ui/phone/\\d+\\?token=(\\S+)$"));

      assertThat(dashboard.group(2)).isEqualTo(token);
      assertThat(phone.group(1)).isEqualTo(token);
      assertThat(dashboard.group(1)).endsWith(":" + port);
      assertThat(get(port, "/_sim/clock", null)).isEqualTo(401);
      assertThat(get(port, "/_sim/clock", token)).isEqualTo(200);
      assertThat(get(port, "/collection/v1_0/account/balance", null))
          .as("the MoMo API asks for its own credentials")
          .isEqualTo(401);
      assertThat(serve.terminate(Duration.ofSeconds(30))).isTrue();
      List<String> stderr = serve.stderrLines();
      assertThat(stderr.stream().filter(line -> line.contains(token)))
          .as("the token is printed once, in the banner: %s", stderr)
          .hasSize(4);
    }
  }

  @Test
  void serveTakesTheFlagOverTheVariableAndTheVariableOverTheConfigFile() throws Exception {
    String file = "token-from-the-config-file";
    String variable = "token-from-the-environment";
    String flag = "token-from-the-command-line";
    Path config =
        Files.writeString(
            dir.resolve("config.json"), "{\"control\": {\"adminToken\": \"" + file + "\"}}");
    Map<String, String> environment = Map.of("MOMO_SIM_ADMIN_TOKEN", variable);

    try (SpawnedCommand serve =
        SpawnedCommand.start(environment, "serve", "--port", "0", "--config", config.toString())) {
      int port = Integer.parseInt(serve.awaitStdout(LISTENING).group(2));
      assertThat(get(port, "/_sim/clock", variable)).isEqualTo(200);
      assertThat(get(port, "/_sim/clock", file)).isEqualTo(401);
      assertThat(String.join("\n", serve.stderrLines())).doesNotContain(variable);
    }
    try (SpawnedCommand serve =
        SpawnedCommand.start(
            environment,
            "serve",
            "--port",
            "0",
            "--config",
            config.toString(),
            "--admin-token",
            flag)) {
      int port = Integer.parseInt(serve.awaitStdout(LISTENING).group(2));
      assertThat(get(port, "/_sim/clock", flag)).isEqualTo(200);
      assertThat(get(port, "/_sim/clock", variable)).isEqualTo(401);
      assertThat(String.join("\n", serve.stderrLines())).doesNotContain(flag);
    }
  }

  private static int get(int port, String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }
}

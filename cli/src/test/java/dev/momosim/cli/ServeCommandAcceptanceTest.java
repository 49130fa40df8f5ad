package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
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
 * Issue 2 item 2: {@code momo-sim serve --port 0} in its own JVM picks a free port, prints exactly
 * one {@code momo-sim listening on http://HOST:PORT} line once it accepts requests, and shuts down
 * cleanly on SIGTERM.
 */
class ServeCommandAcceptanceTest {
  private static final Pattern LISTENING =
      Pattern.compile("^momo-sim listening on http://([0-9.]+):(\\d+)$");

  @TempDir Path dir;

  @Test
  void servesOnAFreePortAnnouncesItOnceAndStopsCleanlyOnSigterm() throws Exception {
    try (SpawnedCommand serve =
        SpawnedCommand.start("serve", "--port", "0", "--host", "127.0.0.1")) {
      Matcher listening = serve.awaitStdout(LISTENING);
      int port = Integer.parseInt(listening.group(2));
      assertThat(port).isPositive();

      HttpResponse<String> reply = balanceWithoutKey(port);
      assertThat(reply.statusCode()).as(reply.body()).isEqualTo(401);
      assertThat(new JsonObject(reply.body()).getString("message"))
          .startsWith("Access denied due to missing subscription key.");

      assertThat(serve.terminate(Duration.ofSeconds(30))).as("exits on SIGTERM").isTrue();
      List<String> stdout = serve.stdoutLines();
      assertThat(stdout.stream().filter(line -> line.contains("listening on")))
          .as("stdout: %s", stdout)
          .hasSize(1);
      assertThat(String.join("\n", serve.stderrLines()))
          .as("stderr on shutdown")
          .doesNotContain("Exception");
    }
  }

  @Test
  void servesOnSeveralEventLoopsAndStopsThemAllOnSigterm() throws Exception {
    try (SpawnedCommand serve =
        SpawnedCommand.start("serve", "--port", "0", "--event-loops", "3")) {
      int port = Integer.parseInt(serve.awaitStdout(LISTENING).group(2));
      for (int i = 0; i < 6; i++) {
        // a client per request: a connection each, spread over loops
        HttpResponse<String> reply = balanceWithoutKey(port);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(401);
      }

      assertThat(serve.terminate(Duration.ofSeconds(30))).as("exits on SIGTERM").isTrue();
      assertThat(String.join("\n", serve.stderrLines()))
          .as("stderr on shutdown")
          .doesNotContain("Exception")
          .doesNotContain("event loops, so some servers share one");
    }
  }

  @Test
  void writesThePortItPickedToThePortFileBeforeAnnouncingIt() throws Exception {
    Path portFile = dir.resolve("momo-sim.port");
    try (SpawnedCommand serve =
        SpawnedCommand.start(
            "serve", "--port", "0", "--host", "127.0.0.1", "--port-file", portFile.toString())) {
      int port = Integer.parseInt(serve.awaitStdout(LISTENING).group(2));

      assertThat(Files.readString(portFile)).isEqualTo(port + "\n");
      try (var files = Files.list(dir)) {
        assertThat(files).as("no temporary file is left beside it").containsExactly(portFile);
      }
      assertThat(serve.terminate(Duration.ofSeconds(30))).as("exits on SIGTERM").isTrue();
    }
  }

  @Test
  void takesThePortFileFromMomoSimPortFileAndReplacesAnOldOne() throws Exception {
    Path portFile = Files.writeString(dir.resolve("momo-sim.port"), "8080\n");
    try (SpawnedCommand serve =
        SpawnedCommand.start(
            Map.of("MOMO_SIM_PORT_FILE", portFile.toString()),
            "serve",
            "--port",
            "0",
            "--host",
            "127.0.0.1")) {
      int port = Integer.parseInt(serve.awaitStdout(LISTENING).group(2));

      assertThat(Files.readString(portFile)).isEqualTo(port + "\n");
      assertThat(serve.terminate(Duration.ofSeconds(30))).as("exits on SIGTERM").isTrue();
    }
  }

  /** A balance read without a subscription key, on a client (so a connection) of its own. */
  private static HttpResponse<String> balanceWithoutKey(int port) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/collection/v1_0/account/balance"))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}

package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Published npm MoMo clients, unchanged, against {@code momo-sim serve} with only environment
 * variables set (issue 16's "Done when", docs/https.md): {@code mtn-momo-client} (it hard-codes
 * MTN's sandbox URL and tunnels {@code HTTPS_PROXY} with CONNECT) provisions, gets a token, pays
 * and reads; the {@code momo-sandbox} command of {@code mtn-momo} provisions a user. The packages
 * are pinned in cli/src/test/npm (package-lock.json) and installed by {@code npm ci --prefix
 * cli/src/test/npm}; without them the test skips, unless {@code MOMO_SIM_REQUIRE_NPM_CLIENTS=1}
 * (set by .ci/run) makes that a failure.
 */
class NpmClientsAcceptanceTest {
  private static final Path PACKAGES = Path.of("src", "test", "npm");
  private static final Pattern LISTENING =
      Pattern.compile("^momo-sim listening on (http://[0-9.]+:\\d+)$");
  private static final String COLLECTION_KEY = "0c011ec7000000000000000000000001";

  @TempDir Path dir;

  @BeforeEach
  void requirePackages() {
    boolean installed =
        Files.isDirectory(PACKAGES.resolve("node_modules").resolve("mtn-momo-client"))
            && Files.isDirectory(PACKAGES.resolve("node_modules").resolve("mtn-momo"))
            && onPath("node");
    String why =
        "the npm clients are not installed (npm ci --prefix cli/src/test/npm; .ci/run does this)";
    if (!installed && "1".equals(System.getenv("MOMO_SIM_REQUIRE_NPM_CLIENTS"))) {
      fail("MOMO_SIM_REQUIRE_NPM_CLIENTS=1 but " + why);
    }
    assumeTrue(installed, "Skipping: " + why);
  }

  @Test
  void mtnMomoClientUnchangedProvisionsPaysAndReadsThroughTheProxy() throws Exception {
    Path ca = caCertificate();
    try (SpawnedCommand serve = serve()) {
      String url = serve.awaitStdout(LISTENING).group(1);

      Run run =
          node(
              Map.of(
                  "HTTPS_PROXY",
                  url,
                  "NODE_EXTRA_CA_CERTS",
                  ca.toString(),
                  "COLLECTION_KEY",
                  COLLECTION_KEY,
                  "PAYER",
                  "256774290781"),
              PACKAGES.resolve("unchanged-client.mjs").toAbsolutePath().toString());

      assertThat(run.exitCode()).as(run.output()).isZero();
      assertThat(run.output())
          .containsPattern("provisioned [0-9a-f-]{36} sandbox")
          .containsPattern("requested [0-9a-f-]{36}")
          .contains("status SUCCESSFUL 25 EUR")
          .contains("balance 25 EUR");
    }
  }

  @Test
  void mtnMomoClientRefusesTheSimulatorWithoutTrustingItsCa() throws Exception {
    caCertificate();
    try (SpawnedCommand serve = serve()) {
      String url = serve.awaitStdout(LISTENING).group(1);

      Run run =
          node(
              Map.of("HTTPS_PROXY", url, "COLLECTION_KEY", COLLECTION_KEY, "PAYER", "256774290781"),
              PACKAGES.resolve("unchanged-client.mjs").toAbsolutePath().toString());

      assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
      assertThat(run.output()).contains("failed:").contains("certificate");
    }
  }

  @Test
  void momoSandboxOfMtnMomoProvisionsAUserThroughTheProxy() throws Exception {
    Path ca = caCertificate();
    try (SpawnedCommand serve = serve()) {
      String url = serve.awaitStdout(LISTENING).group(1);

      Run run =
          node(
              Map.of("HTTPS_PROXY", url, "NODE_EXTRA_CA_CERTS", ca.toString()),
              PACKAGES.resolve("node_modules/mtn-momo/lib/cli.js").toAbsolutePath().toString(),
              "--host",
              "localhost",
              "--primary-key",
              COLLECTION_KEY);

      assertThat(run.exitCode()).as(run.output()).isZero();
      assertThat(run.output())
          .contains("Momo Sandbox Credentials")
          .containsPattern("\"userSecret\": \"[0-9a-f]{32}\"")
          .containsPattern("\"userId\": \"[0-9a-f-]{36}\"");
    }
  }

  private Path caCertificate() {
    Path pem = dir.resolve("ca.pem");
    Cli.Result result =
        Cli.runExactly(
            "ca-cert", "--ca-dir", dir.resolve("ca").toString(), "--out", pem.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    return pem;
  }

  private SpawnedCommand serve() throws IOException {
    return SpawnedCommand.start("serve", "--port", "0", "--ca-dir", dir.resolve("ca").toString());
  }

  private record Run(int exitCode, String output) {}

  /** node with these variables (any other proxy setting removed), its output and exit status. */
  private Run node(Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("node"));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(PACKAGES.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("node.log").toFile());
    builder.environment().keySet().removeIf(name -> name.toLowerCase().contains("proxy"));
    builder.environment().remove("NODE_EXTRA_CA_CERTS");
    builder.environment().putAll(environment);
    Process node = builder.start();
    boolean finished = node.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      node.destroyForcibly();
    }
    String output = Files.readString(dir.resolve("node.log"), StandardCharsets.UTF_8);
    assertThat(finished).as("node finished within 60 s: %s", output).isTrue();
    return new Run(node.exitValue(), output);
  }

  private static boolean onPath(String program) {
    return List.of(System.getenv("PATH").split(":")).stream()
        .anyMatch(bin -> Files.isExecutable(Path.of(bin, program)));
  }
}

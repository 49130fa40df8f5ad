package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ca-cert} and {@code serve --https-port}, and curl as an unchanged client: through the
 * simulator as its proxy to MTN's sandbox host, trusting the CA with {@code --cacert}
 * (docs/https.md).
 */
class HttpsCommandsTest {
  private static final Pattern LISTENING =
      Pattern.compile("^momo-sim listening on (http://[0-9.]+:\\d+)$");
  private static final Pattern HTTPS =
      Pattern.compile("^momo-sim https on (https://[0-9.]+:\\d+)$");
  private static final String COLLECTION_KEY = "0c011ec7000000000000000000000001";
  private static final String PRESET_USER =
      "c0111ec7-0000-4000-8000-000000000001:c011ec7a000000000000000000000001";

  @TempDir Path dir;

  @Test
  void caCertPrintsTheCertificateAndWritesATruststoreJavaCanLoad() throws Exception {
    Path truststore = dir.resolve("trust.p12");

    Cli.Result result =
        Cli.runExactly(
            "ca-cert",
            "--ca-dir",
            dir.resolve("ca").toString(),
            "--truststore",
            truststore.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(result.err()).contains("created the local CA");
    X509Certificate printed =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(result.out().getBytes(StandardCharsets.US_ASCII)));
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(truststore)) {
      store.load(in, "changeit".toCharArray());
    }
    assertThat(store.getCertificate("momo-sim-ca")).isEqualTo(printed);
    assertThat(printed.getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(Cli.runExactly("ca-cert", "--ca-dir", dir.resolve("ca").toString()).out())
        .as("the same CA the next time")
        .isEqualTo(result.out());
  }

  @Test
  void caCertKeepsTheCaInTheDataDirectorysCaFolder() throws Exception {
    Path out = dir.resolve("ca.pem");

    Cli.Result result =
        Cli.runExactly(
            "ca-cert", "--data-dir", dir.resolve("data").toString(), "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(out)).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(dir.resolve("data").resolve("ca").resolve("momo-sim-ca.pem")).exists();
  }

  @Test
  void caCertPrintsTheCaServeUsesWhenTheDataDirectoryComesFromTheEnvironment() throws Exception {
    Map<String, String> environment = Map.of("MOMO_SIM_DATA_DIR", dir.resolve("data").toString());
    Path servesCa = dir.resolve("data").resolve("ca").resolve("momo-sim-ca.pem");
    try (SpawnedCommand serve =
        SpawnedCommand.start(environment, "serve", "--port", "0", "--https-port", "0")) {
      serve.awaitStdout(HTTPS);
    }

    try (SpawnedCommand caCert = SpawnedCommand.start(environment, "ca-cert")) {
      caCert.awaitStdout(Pattern.compile("^-----END CERTIFICATE-----$"));
      assertThat(caCert.awaitExit(SpawnedCommand.WAIT)).contains(0);
      assertThat(String.join("\n", caCert.stdoutLines()) + "\n")
          .isEqualTo(Files.readString(servesCa));
    }
  }

  @Test
  void caCertKeepsTheCaInTheUsersMomoSimDirectoryByDefault() throws Exception {
    Map<String, String> environment =
        Map.of(
            "JAVA_TOOL_OPTIONS", "-Duser.home=" + dir.resolve("home"),
            "MOMO_SIM_DATA_DIR", "",
            "MOMO_SIM_CA_DIR", "");

    try (SpawnedCommand caCert = SpawnedCommand.start(environment, "ca-cert")) {
      caCert.awaitStdout(Pattern.compile("^-----END CERTIFICATE-----$"));
      assertThat(caCert.awaitExit(SpawnedCommand.WAIT)).contains(0);
      assertThat(String.join("\n", caCert.stdoutLines()) + "\n")
          .isEqualTo(
              Files.readString(
                  dir.resolve("home").resolve(".momo-sim").resolve("momo-sim-ca.pem")));
    }
  }

  @Test
  void caCertReadsWhereTheCaIsFromTheConfigFileServeIsGiven() throws Exception {
    Path config = dir.resolve("momo-sim.json");
    Files.writeString(config, "{\"tls\": {\"caDir\": \"" + dir.resolve("configured-ca") + "\"}}");

    Cli.Result result = Cli.runExactly("ca-cert", "--config", config.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo(Files.readString(dir.resolve("configured-ca").resolve("momo-sim-ca.pem")));
  }

  @Test
  void curlThroughTheSimulatorAsProxyGetsItsAnswersFromMtnsSandboxHost() throws Exception {
    assumeTrue(
        Stream.of(System.getenv("PATH").split(":"))
            .anyMatch(bin -> Files.isExecutable(Path.of(bin, "curl"))),
        "Skipping: curl is not installed (apt-get install -y curl; .ci/run does this in CI).");
    Path caDir = dir.resolve("ca");
    Path pem = dir.resolve("ca.pem");
    assertThat(
            Cli.runExactly("ca-cert", "--ca-dir", caDir.toString(), "--out", pem.toString())
                .exitCode())
        .isZero();
    try (SpawnedCommand serve =
        SpawnedCommand.start(
            "serve", "--port", "0", "--https-port", "0", "--ca-dir", caDir.toString())) {
      String url = serve.awaitStdout(LISTENING).group(1);
      String https = serve.awaitStdout(HTTPS).group(1);

      String proxied =
          curl(
              "--proxy",
              url,
              "--cacert",
              pem.toString(),
              "-u",
              PRESET_USER,
              "-H",
              "Ocp-Apim-Subscription-Key: " + COLLECTION_KEY,
              "-X",
              "POST",
              "https://sandbox.momodeveloper.mtn.com/collection/token/");
      String direct =
          curl(
              "--cacert",
              pem.toString(),
              "-u",
              PRESET_USER,
              "-H",
              "Ocp-Apim-Subscription-Key: " + COLLECTION_KEY,
              "-X",
              "POST",
              https.replace("127.0.0.1", "localhost") + "/collection/token/");
      String refused = curl("--proxy", url, "--cacert", pem.toString(), "https://example.com/");
      String plainOnHttps = curl(https.replace("https://", "http://") + "/");

      assertThat(proxied).contains("HTTP/1.1 200").contains("access_token");
      assertThat(direct).contains("HTTP/1.1 200").contains("access_token");
      assertThat(refused).contains("403").contains("exit 56");
      assertThat(plainOnHttps).contains("HTTP/1.1 400").contains("This port speaks HTTPS");
      assertThat(serve.stderrLines()).anyMatch(line -> line.contains("HTTPS_PROXY=" + url));
    }
  }

  @Test
  void serveRefusesATlsNameThatIsNotAHostNameNamingTheOption() {
    Cli.Result result = Cli.runExactly("serve", "--port", "0", "--tls-name", "not a host");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("tls.names").contains("not a host");
  }

  /** curl's head, body and exit status, with curl's own error line if any. */
  private static String curl(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("curl", "-sS", "-i", "--max-time", "10"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.toLowerCase().endsWith("_proxy"));
    Process curl = builder.start();
    String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(curl.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return output + "\nexit " + curl.exitValue();
  }
}

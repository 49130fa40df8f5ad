package dev.momosim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's curl walk-through, run as written by bash against a real simulator (only the port
 * differs), so a newcomer's first five commands cannot stop working unnoticed.
 */
@ExtendWith(VertxExtension.class)
class ReadmeWalkthroughTest {
  private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

  private MomoSimulator simulator;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    simulator =
        MomoSimulator.start(vertx, SimulatorConfig.defaults().withPort(0))
            .toCompletionStage()
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() throws Exception {
    simulator.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  void theCurlWalkThroughCreatesAUserGetsATokenAndIsPaid(@TempDir Path dir) throws Exception {
    assumeTrue(
        Stream.of(System.getenv("PATH").split(":"))
            .anyMatch(bin -> Files.isExecutable(Path.of(bin, "curl"))),
        "Skipping: curl is not installed (apt-get install -y curl; .ci/run does this in CI).");
    // Every curl gives up after 10 s, so a simulator that stops answering fails the test instead of
    // hanging it.
    String script =
        "curl() { command curl --max-time 10 \"$@\"; }\n"
            + walkThrough().replace("http://127.0.0.1:8080", simulator.baseUrl());
    Path log = dir.resolve("walk-through.log");

    Process bash =
        new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = bash.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      bash.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(finished).as("bash finished within 60 s: %s", output).isTrue();
    assertThat(bash.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("HTTP/1.1 201 Created")
        .contains("HTTP/1.1 202 Accepted")
        .containsPattern(
            "\\{\"financialTransactionId\":\"\\d{9,10}\",\"externalId\":\"123456\",\"amount\":\"50\","
                + "\"currency\":\"EUR\",\"payer\":\\{\"partyIdType\":\"MSISDN\",\"partyId\":\"256774290781\"},"
                + "\"payerMessage\":\"testing\",\"payeeNote\":\"hello\",\"status\":\"SUCCESSFUL\"}");
  }

  /** The first bash block of the README that requests a payment. */
  private static String walkThrough() throws IOException {
    Matcher block = BASH_BLOCK.matcher(Files.readString(Path.of("..", "README.md")));
    while (block.find()) {
      if (block.group(1).contains("/collection/v1_0/requesttopay")) {
        return block.group(1);
      }
    }
    throw new AssertionError("the README has no curl walk-through");
  }
}

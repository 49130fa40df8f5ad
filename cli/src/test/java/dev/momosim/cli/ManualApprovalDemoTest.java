package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's demo, step by step, with real processes: a simulator in MANUAL mode, a callback
 * receiver, a request-to-pay, {@code momo-sim pending}, {@code momo-sim approve}, and the callback
 * arriving.
 */
class ManualApprovalDemoTest {
  private static final Pattern LISTENING = Pattern.compile("momo-sim listening on (http://\\S+)");
  private static final Pattern RECEIVING =
      Pattern.compile("receiving callbacks on http://127\\.0\\.0\\.1:(\\d+)/");

  @Test
  void aPayerApprovesFromTheCommandLineAndTheCallbackArrives() throws Exception {
    try (SpawnedCommand simulator =
            SpawnedCommand.start("serve", "--port", "0", "--approval-mode", "manual");
        SpawnedCommand receiver = SpawnedCommand.start("receive-callbacks", "--port", "0")) {
      String simUrl = simulator.awaitStdout(LISTENING).group(1);
      String receiverPort = receiver.awaitStderr(RECEIVING).group(1);

      Cli.Result paid =
          Cli.runExactly(
              "request-to-pay",
              "--base-url",
              simUrl,
              "--payer",
              "256770000001",
              "--amount",
              "30",
              "--callback-url",
              "http://localhost:" + receiverPort + "/momo/callback");
      assertThat(paid.exitCode()).as(paid.err()).isZero();
      String reference = paid.out().trim();

      Cli.Result pending = Cli.runExactly("pending", "--sim-url", simUrl);
      assertThat(pending.out()).contains(reference).contains("256770000001");

      Cli.Result approved = Cli.runExactly("approve", reference, "--sim-url", simUrl);
      assertThat(approved.exitCode()).isZero();
      assertThat(approved.out()).contains("SUCCESSFUL");

      Matcher callback = receiver.awaitStdout(Pattern.compile("^PUT /momo/callback (\\{.*})$"));
      JsonObject body = new JsonObject(callback.group(1));
      assertThat(body.getString("status")).isEqualTo("SUCCESSFUL");
      assertThat(body.getString("amount")).isEqualTo("30");
      assertThat(Cli.runExactly("pending", "--sim-url", simUrl).out()).doesNotContain(reference);
    }
  }
}

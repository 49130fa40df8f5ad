package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code receive-callbacks} refuses what it cannot do in one line. Were a refusal to regress, the
 * receiver would run forever: the timeout fails it instead.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReceiveCallbacksCommandTest {
  @Test
  void refusesAPortOutOfRangeAsAUsageError() {
    Cli.Result result = Cli.runExactly("receive-callbacks", "--port", "70000");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().lines().toList())
        .containsExactly("momo-sim: --port must be between 0 and 65535, was 70000");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aTakenPortIsReportedInOneLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      Cli.Result result = Cli.runExactly("receive-callbacks", "--port", String.valueOf(port));

      assertThat(result.exitCode()).isEqualTo(ExitCodes.SOFTWARE);
      assertThat(result.err().lines().toList())
          .hasSize(1)
          .first()
          .asString()
          .startsWith("momo-sim: cannot listen on 127.0.0.1:" + port + ": ");
      assertThat(result.out()).isEmpty();
    }
  }
}

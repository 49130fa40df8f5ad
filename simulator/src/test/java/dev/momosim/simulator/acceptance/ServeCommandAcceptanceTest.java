package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.cli.SpawnedCommand;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 2 item 2: {@code momo-sim serve --port 0} in its own JVM picks a free port, prints exactly
 * one {@code momo-sim listening on http://HOST:PORT} line once it accepts requests, and shuts down
 * cleanly on SIGTERM.
 */
@ExtendWith(VertxExtension.class)
class ServeCommandAcceptanceTest {
  private static final Pattern LISTENING =
      Pattern.compile("^momo-sim listening on http://([0-9.]+):(\\d+)$");

  @Test
  void servesOnAFreePortAnnouncesItOnceAndStopsCleanlyOnSigterm(Vertx vertx) throws Exception {
    try (SpawnedCommand serve =
        SpawnedCommand.start("serve", "--port", "0", "--host", "127.0.0.1")) {
      Matcher listening = serve.awaitStdout(LISTENING);
      int port = Integer.parseInt(listening.group(2));
      assertThat(port).isPositive();

      Reply reply =
          RawHttp.exchange(
              vertx,
              port,
              "GET /collection/v1_0/account/balance HTTP/1.1\r\n"
                  + "Host: 127.0.0.1:"
                  + port
                  + "\r\nConnection: close\r\n\r\n");
      Expect.missingKey(reply);

      assertThat(serve.terminate(Duration.ofSeconds(5))).as("exits within 5 s of SIGTERM").isTrue();
      List<String> stdout = serve.stdoutLines();
      assertThat(stdout.stream().filter(line -> line.contains("listening on")))
          .as("stdout: %s", stdout)
          .hasSize(1);
      assertThat(String.join("\n", serve.stderrLines()))
          .as("stderr on shutdown")
          .doesNotContain("Exception");
    }
  }
}

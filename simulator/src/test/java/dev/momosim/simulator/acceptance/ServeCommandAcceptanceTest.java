package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 2 item 2: {@code momo-sim serve --port 0} in its own JVM picks a free port, prints exactly one
 * {@code momo-sim listening on http://HOST:PORT} line once it accepts requests, and shuts down
 * cleanly on SIGTERM.
 */
@ExtendWith(VertxExtension.class)
class ServeCommandAcceptanceTest {
  private static final Pattern LISTENING = Pattern.compile("momo-sim listening on http://([0-9.]+):(\\d+)");
  private Process process;

  @AfterEach
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  private Process serve() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "dev.momosim.simulator.cli.MomoSimCommand", "serve", "--port", "0", "--host", "127.0.0.1").start();
  }

  /** Collects a stream's lines on a daemon thread so the test can wait for them with a deadline. */
  private static BlockingQueue<String> lines(InputStream in) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException ignored) {
        // the process ended
      }
    }, "serve-output");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private static Matcher awaitListening(BlockingQueue<String> stdout, List<String> seen) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      String line = stdout.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        break;
      }
      seen.add(line);
      Matcher m = LISTENING.matcher(line);
      if (m.matches()) {
        return m;
      }
    }
    throw new AssertionError("no listening line within 30 s; stdout so far: " + seen);
  }

  @Test
  void servesOnAFreePortAnnouncesItOnceAndStopsCleanlyOnSigterm(Vertx vertx) throws Exception {
    process = serve();
    BlockingQueue<String> stdout = lines(process.getInputStream());
    BlockingQueue<String> stderr = lines(process.getErrorStream());
    List<String> seen = new ArrayList<>();

    Matcher listening = awaitListening(stdout, seen);
    int port = Integer.parseInt(listening.group(2));
    assertThat(port).isPositive();

    Reply reply = RawHttp.exchange(vertx, port, "GET /collection/v1_0/account/balance HTTP/1.1\r\n"
        + "Host: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
    Expect.missingKey(reply);

    process.destroy(); // SIGTERM
    assertThat(process.waitFor(5, TimeUnit.SECONDS)).as("exits within 5 s of SIGTERM").isTrue();
    stdout.drainTo(seen);
    assertThat(seen.stream().filter(l -> l.contains("listening on"))).as("stdout: %s", seen).hasSize(1);
    List<String> errors = new ArrayList<>();
    stderr.drainTo(errors);
    assertThat(String.join("\n", errors)).as("stderr on shutdown").doesNotContain("Exception");
  }
}

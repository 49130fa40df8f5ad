package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, connection limits: a client that sends its request head or body too slowly, or keeps a
 * connection open without using it, is cut at the configured deadline (docs/limits.md). The
 * deadlines are set small here and awaited with a generous deadline, never measured.
 */
@ExtendWith(VertxExtension.class)
@MomoSimulatorTest(
    config =
        """
        {"limits": {"headerTimeoutMillis": 400, "bodyTimeoutMillis": 400, "idleTimeoutSeconds": 1}}""")
class SlowClientAcceptanceTest {
  private static final Duration DEADLINE = Duration.ofSeconds(15);

  @Test
  void aRequestHeadSentOneByteAtATimeIsCutAtTheHeaderTimeoutBeforeItIsComplete(
      Vertx vertx, MomoSimulator simulator) {
    String head =
        "GET /_sim/health HTTP/1.1\r\nHost: 127.0.0.1:"
            + simulator.port()
            + "\r\nX-Slowloris: "
            + "x".repeat(60)
            + "\r\n\r\n";
    OpenSocket socket = OpenSocket.open(vertx, simulator.port());
    // one byte every 50 ms: bytes keep arriving, the whole head would take about 5 s
    long drip =
        vertx.setPeriodic(
            50,
            id -> {
              int at = socket.written();
              if (at < head.length()) {
                socket.write(head.substring(at, at + 1));
              }
            });
    try {
      awaitClosed(socket);
    } finally {
      vertx.cancelTimer(drip);
    }

    assertThat(socket.writtenWhenClosed())
        .as("bytes of the %d-byte head sent when the server closed", head.length())
        .isLessThan(head.length());
    Reply reply = socket.firstAnswer();
    assertThat(reply.status()).isEqualTo(408);
    assertThat(reply.headers().get("Connection")).isEqualTo("close");
    assertThat(reply.json().getString("code")).isEqualTo("REQUEST_TIMEOUT");
    assertThat(reply.json().getString("message")).contains("head");
  }

  @Test
  void aKeepAliveConnectionLeftIdleIsClosedAfterTheIdleTimeout(
      Vertx vertx, MomoSimulator simulator) {
    String request =
        "GET /_sim/health HTTP/1.1\r\nHost: 127.0.0.1:" + simulator.port() + "\r\n\r\n";
    OpenSocket socket = OpenSocket.open(vertx, simulator.port());
    socket.write(request);
    awaitAnswers(socket, 1);
    socket.write(request);
    awaitAnswers(socket, 2);
    assertThat(socket.isClosed()).as("kept alive between requests").isFalse();

    awaitClosed(socket);

    assertThat(answers(socket)).as("nothing more was sent before closing").isEqualTo(2);
  }

  @Test
  void aBodyThatStopsHalfWayIsAnswered408AndTheConnectionClosed(
      Vertx vertx, MomoSimulator simulator) {
    OpenSocket socket = OpenSocket.open(vertx, simulator.port());
    socket.write(
        "POST /collection/token/ HTTP/1.1\r\nHost: 127.0.0.1:"
            + simulator.port()
            + "\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{\"half\":");

    awaitClosed(socket);

    Reply reply = socket.firstAnswer();
    assertThat(reply.status()).isEqualTo(408);
    assertThat(reply.headers().get("Connection")).isEqualTo("close");
    assertThat(reply.json().getMap())
        .containsOnlyKeys("code", "message")
        .containsEntry("code", "REQUEST_TIMEOUT");
  }

  @Test
  void aSlowButTimelyClientIsAnswered(Vertx vertx, MomoSimulator simulator) {
    OpenSocket socket = OpenSocket.open(vertx, simulator.port());
    socket.write("GET /_sim/health HTTP/1.1\r\n");
    socket.write("Host: 127.0.0.1:" + simulator.port() + "\r\n\r\n");

    awaitAnswers(socket, 1);

    assertThat(socket.firstAnswer().status()).isEqualTo(200);
  }

  private static void awaitClosed(OpenSocket socket) {
    Awaitility.await("the server closes the connection")
        .atMost(DEADLINE)
        .pollInterval(Duration.ofMillis(20))
        .until(socket::isClosed);
  }

  private static void awaitAnswers(OpenSocket socket, int count) {
    Awaitility.await(count + " answer(s)")
        .atMost(DEADLINE)
        .pollInterval(Duration.ofMillis(10))
        .until(() -> answers(socket) >= count && socket.received().endsWith("}"));
  }

  private static int answers(OpenSocket socket) {
    return socket.received().split("HTTP/1.1 ", -1).length - 1;
  }
}

package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.callback.Receiver;
import dev.momosim.simulator.control.CallbackView;
import dev.momosim.simulator.control.CallbackView.Attempt;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, graceful shutdown: {@code MomoSimulator.close()} stops accepting connections at once,
 * lets the requests in flight finish within {@code limits.shutdownGraceSeconds}, answers 503 to
 * those still running after it (and logs that once, with a count), and never waits for event
 * streams. The answers held back here are delayed 202s (a rule's {@code httpFault.delayMillis}).
 * Each test starts and closes its own simulator, since closing it is what the test is about; the
 * JUnit 5 extension would close it a second time.
 */
@ExtendWith(VertxExtension.class)
class GracefulShutdownAcceptanceTest {
  private static final String PAYER = "256700000001";
  private static final Duration DEADLINE = Duration.ofSeconds(20);

  /** Held here: the logging framework holds loggers weakly, and would drop one with its handler. */
  private final Logger simulatorLog = Logger.getLogger("dev.momosim.simulator");

  private final List<String> logged = new ArrayList<>();
  private final List<SandboxSession> sessions = new ArrayList<>();
  private final Handler logLines =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (logged) {
            logged.add(record.getMessage());
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void watchTheLog() {
    simulatorLog.addHandler(logLines);
  }

  @AfterEach
  void stopWatching() {
    simulatorLog.removeHandler(logLines);
    sessions.forEach(SandboxSession::close);
  }

  @Test
  void closeRefusesNewConnectionsAndLetsARequestInFlightFinish(Vertx vertx) {
    SandboxSession session = start(vertx, 60, 4000);
    Future<Reply> answer = delayedPayment(session);
    int port = session.port();

    Future<Void> closed = session.simulator().close();

    NetClient probe = vertx.createNetClient();
    Awaitility.await("a new connection is refused")
        .atMost(DEADLINE)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> connectFails(probe, port));
    assertThat(answer.isComplete())
        .as("the delayed 202 is still in flight when new connections are refused")
        .isFalse();
    Expect.accepted(awaitLong(answer));
    awaitLong(closed);
    assertThat(lines()).noneMatch(line -> line.contains("still running"));
  }

  @Test
  void aRequestStillRunningAfterTheGracePeriodIsAnswered503AndCounted(Vertx vertx) {
    SandboxSession session = start(vertx, 0, 600_000);
    Future<Reply> answer = delayedPayment(session);

    awaitLong(session.simulator().close());

    Reply reply = awaitLong(answer);
    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().getMap())
        .containsOnlyKeys("code", "message")
        .containsEntry("code", "SERVICE_UNAVAILABLE");
    assertThat(lines())
        .filteredOn(line -> line.contains("still running"))
        .containsExactly(
            "shutting down: 1 request(s) still running after the 0 s grace period:"
                + " 1 answered 503, 0 cut");
  }

  @Test
  void anOpenEventStreamDoesNotHoldTheShutdown(Vertx vertx) {
    SandboxSession session = start(vertx, 600, 0);
    OpenSocket stream = OpenSocket.open(vertx, session.port());
    stream.write("GET /_sim/events HTTP/1.1\r\nHost: 127.0.0.1:" + session.port() + "\r\n\r\n");
    Awaitility.await("the event stream begins")
        .atMost(DEADLINE)
        .until(() -> stream.received().contains("text/event-stream"));

    // the grace period is 10 minutes: only a shutdown that does not wait for the stream ends here
    awaitLong(session.simulator().close());

    Awaitility.await("the stream is closed").atMost(DEADLINE).until(stream::isClosed);
  }

  @Test
  void callbacksNotSentYetAreJournalledNotSentWithTheReason(Vertx vertx) {
    SandboxSession session =
        start(
            vertx,
            """
        {"callbacks": {"connections": 1, "timeoutMillis": 600000}}""");
    Receiver receiver = Receiver.silent(vertx);
    ProductApi api = session.api(Product.COLLECTION);
    for (int i = 0; i < 5; i++) {
      Reply reply =
          api.createCall(
                  SandboxSession.newReference(), Payments.of(Product.COLLECTION, "10", PAYER))
              .header("X-Callback-Url", receiver.url("/cb/" + i))
              .send();
      Expect.accepted(reply);
    }
    Awaitility.await("the first callback reaches the receiver, which never answers")
        .atMost(DEADLINE)
        .until(() -> !receiver.received().isEmpty());

    awaitLong(session.simulator().close());

    List<CallbackView> journal = await(session.control().callbacks());
    assertThat(journal).hasSize(5);
    assertThat(journal)
        .filteredOn(delivery -> delivery.outcome().equals("FAILED"))
        .as("only the one in flight was sent")
        .singleElement()
        .satisfies(delivery -> assertThat(delivery.attempts()).allMatch(Attempt::sent));
    assertThat(journal)
        .filteredOn(delivery -> !delivery.outcome().equals("FAILED"))
        .hasSize(4)
        .allSatisfy(
            delivery -> {
              assertThat(delivery.outcome()).isEqualTo("NOT_SENT");
              assertThat(delivery.attempts())
                  .singleElement()
                  .satisfies(
                      attempt -> {
                        assertThat(attempt.sent()).isFalse();
                        assertThat(attempt.error()).isEqualTo("simulator stopping");
                      });
            });
    assertThat(receiver.received()).hasSize(1);
    assertThat(lines()).filteredOn(line -> line.contains("simulator stopping")).hasSize(4);
  }

  @Test
  void stopTimeoutIsTheGracePeriodAndTheBoundedStepsAfterIt(Vertx vertx) {
    Duration withoutGrace = start(vertx, 0, 0).simulator().stopTimeout();
    Duration withAMinute = start(vertx, 60, 0).simulator().stopTimeout();

    assertThat(withAMinute.minus(withoutGrace)).isEqualTo(Duration.ofMinutes(1));
    assertThat(withoutGrace)
        .as("the forced close one second after the grace period, and more")
        .isGreaterThan(Duration.ofSeconds(1));
  }

  private SandboxSession start(Vertx vertx, int graceSeconds, int delayMillis) {
    return start(
        vertx,
        """
        {"limits": {"shutdownGraceSeconds": %d},
         "rules": [{"match": {"partyId": "%s"}, "outcome": {"httpFault": {"delayMillis": %d}}}]}"""
            .formatted(graceSeconds, PAYER, delayMillis));
  }

  private SandboxSession start(Vertx vertx, String configJson) {
    SimulatorConfig config = SimulatorConfig.fromJson(configJson);
    SandboxSession session =
        new SandboxSession(await(MomoSimulator.start(vertx, config.withPort(0))));
    sessions.add(session);
    return session;
  }

  /** A request-to-pay whose 202 is held back; returns once the payment is stored. */
  private static Future<Reply> delayedPayment(SandboxSession session) {
    ProductApi api = session.api(Product.COLLECTION);
    String ref = SandboxSession.newReference();
    Future<Reply> answer =
        api.createCall(ref, Payments.of(Product.COLLECTION, "10", PAYER)).sendAsync();
    Awaitility.await("the payment is stored")
        .atMost(DEADLINE)
        .pollInterval(Duration.ofMillis(10))
        .untilAsserted(() -> assertThat(api.status(ref).status()).isEqualTo(200));
    assertThat(answer.isComplete()).as("the 202 is held back").isFalse();
    return answer;
  }

  private static boolean connectFails(NetClient client, int port) {
    Future<?> connected = client.connect(port, "127.0.0.1");
    Awaitility.await().atMost(DEADLINE).until(connected::isComplete);
    if (connected.succeeded()) {
      ((io.vertx.core.net.NetSocket) connected.result()).close();
    }
    return connected.failed();
  }

  private static <T> T awaitLong(Future<T> future) {
    Awaitility.await().atMost(DEADLINE).until(future::isComplete);
    return await(future);
  }

  private List<String> lines() {
    synchronized (logged) {
      return List.copyOf(logged);
    }
  }
}

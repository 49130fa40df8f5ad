package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.callback.Receiver;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The switches for load tests (journal, request log), retention, and the live event stream. */
class JournalsAndEventsAcceptanceTest {
  /** With the request journal switched off. */
  @Nested
  @MomoSimulatorTest(config = "{\"journal\": {\"enabled\": false}}")
  class JournalOff {
    @AutoClose private final SandboxSession session;

    JournalOff(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void aSwitchedOffJournalRecordsNothing() {
      ProductApi api = session.api(Product.COLLECTION);
      api.pay("5", "256700000001");
      assertThat(session.get("/_sim/requests").send().json().getJsonArray("requests")).isEmpty();
    }
  }

  /** With the request log switched off. */
  @Nested
  @MomoSimulatorTest(config = "{\"log\": {\"requests\": false}}")
  class RequestLogOff {
    @AutoClose private final SandboxSession session;

    RequestLogOff(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void aSwitchedOffRequestLogWritesNoRequestLines() {
      List<String> lines = new CopyOnWriteArrayList<>();
      Handler capture =
          new Handler() {
            @Override
            public void publish(LogRecord record) {
              lines.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
          };
      Logger.getLogger("dev.momosim.simulator").addHandler(capture);
      try {
        ProductApi api = session.api(Product.COLLECTION);
        String ref = SandboxSession.newReference();
        Expect.accepted(
            api.createCall(ref, Payments.of(Product.COLLECTION, "5", "256700000001"))
                .header("X-Callback-Url", Receiver.deadUrl(session.vertx()))
                .send());

        // The failed callback's line is written after the request ended: request lines would come
        // first.
        eventually(
            () ->
                assertThat(lines)
                    .as("the callback failure line")
                    .anyMatch(line -> line.contains("callback") && line.contains(ref)));
        assertThat(lines).noneMatch(line -> line.startsWith("POST "));
      } finally {
        Logger.getLogger("dev.momosim.simulator").removeHandler(capture);
      }
    }
  }

  /** Keeping at most two transactions. */
  @Nested
  @MomoSimulatorTest(config = "{\"retention\": {\"maxTransactions\": 2}}")
  class RetentionOfTwo {
    @AutoClose private final SandboxSession session;

    RetentionOfTwo(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void beyondTheRetentionCapTheOldestFinishedPaymentIsForgotten() {
      ProductApi api = session.api(Product.COLLECTION);
      String first = api.pay("5", "256700000001");
      api.pay("5", "256700000001");
      String third = api.pay("5", "256700000001");

      assertThat(api.status(first).status()).isEqualTo(404);
      assertThat(api.status(third).status()).isEqualTo(200);
    }
  }

  /** With manual approval, so a payment changes state when a person decides. */
  @Nested
  @MomoSimulatorTest(config = "{\"approval\": {\"mode\": \"MANUAL\"}}")
  class ManualApproval {
    @AutoClose private final SandboxSession session;

    ManualApproval(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void theEventStreamTellsEveryStateChangeAsItHappens() {
      ProductApi api = session.api(Product.COLLECTION);
      StringBuffer stream = new StringBuffer();
      // A raw socket whose handler is set before the request is sent, so no byte of the stream
      // (the opening comment comes with the response head) can arrive before anyone listens.
      NetClient http = session.vertx().createNetClient();
      try {
        NetSocket socket = SandboxSession.await(http.connect(session.port(), "127.0.0.1"));
        socket.handler(chunk -> stream.append(chunk.toString()));
        SandboxSession.await(socket.write("GET /_sim/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        eventually(
            () ->
                assertThat(stream.toString())
                    .as("the answer's head")
                    .startsWith("HTTP/1.1 200")
                    .containsIgnoringCase("content-type: text/event-stream"));
        eventually(
            () ->
                assertThat(stream).as("the stream's opening comment").contains("momo-sim events"));

        String ref = api.pay("5", "256700000001");
        eventually(
            () ->
                assertThat(stream.toString())
                    .as("the PENDING event")
                    .contains("event: transaction\ndata: {\"referenceId\":\"" + ref)
                    .contains("\"status\":\"PENDING\""));
        SandboxSession.await(session.control().approve(ref));
        eventually(
            () ->
                assertThat(stream.toString())
                    .as("the SUCCESSFUL event")
                    .contains("\"status\":\"SUCCESSFUL\""));
        assertThat(stream.toString()).contains("event: request");
      } finally {
        http.close();
      }
    }
  }

  /** Retries the assertion until it holds, for at most {@link SandboxSession#DEADLINE}. */
  private static void eventually(ThrowingRunnable assertion) {
    Awaitility.await()
        .atMost(SandboxSession.DEADLINE)
        .pollInterval(Duration.ofMillis(5))
        .untilAsserted(assertion);
  }
}

package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.callback.Receiver;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The switches for load tests (journal, request log), retention, and the live event stream. */
@ExtendWith(VertxExtension.class)
class JournalsAndEventsAcceptanceTest {
  private SandboxSession session;

  @AfterEach
  void close() {
    session.close();
  }

  @Test
  void aSwitchedOffJournalRecordsNothing(Vertx vertx) {
    session = SandboxSession.start(vertx, "{\"journal\": {\"enabled\": false}}");
    ProductApi api = session.api(Product.COLLECTION);
    api.pay("5", "256700000001");
    assertThat(session.get("/_sim/requests").send().json().getJsonArray("requests")).isEmpty();
  }

  @Test
  void aSwitchedOffRequestLogWritesNoRequestLines(Vertx vertx) {
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
      session = SandboxSession.start(vertx, "{\"log\": {\"requests\": false}}");
      ProductApi api = session.api(Product.COLLECTION);
      String ref = SandboxSession.newReference();
      Expect.accepted(
          api.createCall(ref, Payments.of(Product.COLLECTION, "5", "256700000001"))
              .header("X-Callback-Url", Receiver.deadUrl(vertx))
              .send());

      // The failed callback's line is written after the request ended: request lines would come
      // first.
      awaitTrue(
          () -> lines.stream().anyMatch(line -> line.contains("callback") && line.contains(ref)),
          "the callback failure line; got " + lines);
      assertThat(lines).noneMatch(line -> line.startsWith("POST "));
    } finally {
      Logger.getLogger("dev.momosim.simulator").removeHandler(capture);
    }
  }

  @Test
  void beyondTheRetentionCapTheOldestFinishedPaymentIsForgotten(Vertx vertx) {
    session = SandboxSession.start(vertx, "{\"retention\": {\"maxTransactions\": 2}}");
    ProductApi api = session.api(Product.COLLECTION);
    String first = api.pay("5", "256700000001");
    api.pay("5", "256700000001");
    String third = api.pay("5", "256700000001");

    assertThat(api.status(first).status()).isEqualTo(404);
    assertThat(api.status(third).status()).isEqualTo(200);
  }

  @Test
  void theEventStreamTellsEveryStateChangeAsItHappens(Vertx vertx) {
    session = SandboxSession.start(vertx, "{\"approval\": {\"mode\": \"MANUAL\"}}");
    ProductApi api = session.api(Product.COLLECTION);
    StringBuffer stream = new StringBuffer();
    HttpClient http = vertx.createHttpClient();
    try {
      SandboxSession.await(
          http.request(
                  new RequestOptions()
                      .setMethod(HttpMethod.GET)
                      .setHost("127.0.0.1")
                      .setPort(session.port())
                      .setURI("/_sim/events"))
              .compose(request -> request.send())
              .map(
                  response -> {
                    assertThat(response.getHeader("Content-Type")).startsWith("text/event-stream");
                    response.handler((Buffer chunk) -> stream.append(chunk.toString()));
                    return response;
                  }));
      awaitTrue(
          () -> stream.toString().contains("momo-sim events"), "the stream's opening comment");

      String ref = api.pay("5", "256700000001");
      awaitTrue(
          () ->
              stream.toString().contains("event: transaction\ndata: {\"referenceId\":\"" + ref)
                  && stream.toString().contains("\"status\":\"PENDING\""),
          "the PENDING event; got " + stream);
      SandboxSession.await(session.control().approve(ref));
      awaitTrue(
          () -> stream.toString().contains("\"status\":\"SUCCESSFUL\""),
          "the SUCCESSFUL event; got " + stream);
      assertThat(stream.toString()).contains("event: request");
    } finally {
      http.close();
    }
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("within 10 s: %s", what).isLessThan(deadline);
      LockSupport.parkNanos(5_000_000); // poll interval, bounded by the deadline
    }
  }
}

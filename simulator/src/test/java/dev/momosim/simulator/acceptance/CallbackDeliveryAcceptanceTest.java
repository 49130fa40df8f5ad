package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.callback.Receiver;
import dev.momosim.simulator.control.CallbackView;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.junit5.ApiUserCredentials;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SandboxCredentials;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Callback delivery under load, over real HTTP (issue 12 item 2): payments settled together by one
 * clock advance, a real receiver on a free port, and the callback journal of {@code GET
 * /_sim/callbacks}. Each callback goes to {@code /cb/{referenceId}}, so the receiver can tell which
 * payment each one is for. Each nested class runs its own simulator with its own {@code callbacks}
 * settings.
 */
@ExtendWith(VertxExtension.class)
class CallbackDeliveryAcceptanceTest {
  /** Every payment is accepted PENDING and settles SUCCESSFUL when the clock has moved a minute. */
  private static final String SETTLE_ON_ADVANCE =
      "\"rules\": [{\"name\": \"settles on the next advance\", \"outcome\": {\"delaySeconds\": 60}}]";

  private static final Duration DEADLINE = Duration.ofSeconds(90);

  private Merchant merchant;
  private Receiver receiver;

  @AfterEach
  void close() {
    if (receiver != null) {
      await(receiver.close());
    }
    if (merchant != null) {
      merchant.close();
    }
  }

  @Nested
  @MomoSimulatorTest(config = "{" + SETTLE_ON_ADVANCE + "}")
  class WithTheDefaultSettings {
    @Test
    void aBurstOfAThousandSettlesReachesAReceiverAnsweringIn20MsExactlyOnceEach(
        Vertx vertx, SandboxCredentials credentials, SimulatorControl control) {
      receiver = Receiver.answeringAfter(vertx, Duration.ofMillis(20));
      merchant = new Merchant(vertx, credentials);
      await(control.freezeClock());
      Set<String> refs = merchant.pay(1000, receiver);
      assertThat(merchant.callbacks()).as("nothing settled before the advance").isEmpty();

      await(control.advanceClock(Duration.ofMinutes(1)));

      List<CallbackView> journal =
          merchant.awaitCallbacks(finished(1000), "1,000 callbacks finished");
      assertThat(summary(journal)).isEqualTo(Map.of("DELIVERED", 1000L));
      assertThat(journal).extracting(CallbackView::referenceId).hasSameElementsAs(refs);
      assertThat(journal).allSatisfy(entry -> assertThat(entry.attempts()).hasSize(1));
      List<String> received = receivedRefs();
      assertThat(received).as("each callback arrives exactly once").hasSize(1000);
      assertThat(received).hasSameElementsAs(refs);
      assertThat(receiver.mostUnansweredAtOnce())
          .as("in flight at once: in parallel, never more than callbacks.connections")
          .isBetween(2, 32);
    }
  }

  @Nested
  @MomoSimulatorTest(
      config =
          "{\"callbacks\": {\"queueCapacity\": 5, \"connections\": 5, \"timeoutMillis\": 60000}, "
              + SETTLE_ON_ADVANCE
              + "}")
  class WithASmallQueueAndNoRetries {
    @Test
    void journalsTheOverflowOfABurstAsNotSentWithTheReasonAndSendsTheRest(
        Vertx vertx, SandboxCredentials credentials, SimulatorControl control) {
      receiver = Receiver.holding(vertx);
      merchant = new Merchant(vertx, credentials);
      await(control.freezeClock());
      Set<String> refs = merchant.pay(50, receiver);

      await(control.advanceClock(Duration.ofMinutes(1)));

      List<CallbackView> journal =
          merchant.awaitCallbacks(
              entries -> count(entries, "NOT_SENT") == 40 && receiver.received().size() == 5,
              "5 callbacks held by the receiver, 5 queued, 40 not sent");
      List<CallbackView> notSent = withOutcome(journal, "NOT_SENT");
      assertThat(notSent)
          .allSatisfy(
              entry ->
                  assertThat(entry.attempts())
                      .singleElement()
                      .satisfies(
                          attempt -> {
                            assertThat(attempt.sent()).isFalse();
                            assertThat(attempt.statusCode()).isNull();
                            assertThat(attempt.error())
                                .isEqualTo("queue full: 5 callbacks waiting");
                          }));
      assertThat(count(journal, "PENDING")).isEqualTo(10);

      receiver.release();

      journal = merchant.awaitCallbacks(finished(50), "the 10 sent callbacks finished");
      assertThat(summary(journal)).isEqualTo(Map.of("DELIVERED", 10L, "NOT_SENT", 40L));
      assertThat(journal)
          .as("every settled payment is in the journal")
          .extracting(CallbackView::referenceId)
          .hasSameElementsAs(refs);
      List<String> received = receivedRefs();
      assertThat(received)
          .hasSize(10)
          .doesNotHaveDuplicates()
          .doesNotContainAnyElementsOf(referenceIds(notSent));
    }
  }

  @Nested
  @MomoSimulatorTest(
      config =
          "{\"callbacks\": {\"queueCapacity\": 5, \"connections\": 5, \"timeoutMillis\": 60000,"
              + " \"retries\": 50, \"retryIntervalSeconds\": 0.2}, "
              + SETTLE_ON_ADVANCE
              + "}")
  class WithASmallQueueAndRetries {
    @Test
    void retriesTheOverflowThroughTheQueueUntilTheReceiverTakesEveryCallback(
        Vertx vertx, SandboxCredentials credentials, SimulatorControl control) {
      receiver = Receiver.holding(vertx);
      merchant = new Merchant(vertx, credentials);
      await(control.freezeClock());
      Set<String> refs = merchant.pay(50, receiver);

      await(control.advanceClock(Duration.ofMinutes(1)));
      List<CallbackView> overflow =
          withFirstAttemptNotSent(
              merchant.awaitCallbacks(
                  entries -> withFirstAttemptNotSent(entries).size() == 40,
                  "40 callbacks that found the queue full"));
      assertThat(overflow)
          .allSatisfy(entry -> assertThat(entry.outcome()).as("retries left").isEqualTo("PENDING"));

      receiver.release();

      List<CallbackView> journal = merchant.awaitCallbacks(finished(50), "50 callbacks finished");
      assertThat(summary(journal)).isEqualTo(Map.of("DELIVERED", 50L));
      assertThat(withFirstAttemptNotSent(journal))
          .hasSize(40)
          .allSatisfy(
              entry -> {
                List<CallbackView.Attempt> attempts = entry.attempts();
                CallbackView.Attempt last = attempts.get(attempts.size() - 1);
                assertThat(last.sent()).isTrue();
                assertThat(last.statusCode()).isEqualTo(200);
                assertThat(attempts.subList(0, attempts.size() - 1))
                    .allSatisfy(
                        attempt -> {
                          assertThat(attempt.sent()).isFalse();
                          assertThat(attempt.error()).isEqualTo("queue full: 5 callbacks waiting");
                        });
              });
      assertThat(receivedRefs()).hasSize(50).hasSameElementsAs(refs);
    }
  }

  @Nested
  @MomoSimulatorTest(
      config =
          "{\"callbacks\": {\"connections\": 1, \"timeoutMillis\": 1000}, "
              + SETTLE_ON_ADVANCE
              + "}")
  class WithOneConnection {
    @Test
    void startsEachAttemptsTimeoutWhenItIsSentNotWhileItWaitsInTheQueue(
        Vertx vertx, SandboxCredentials credentials, SimulatorControl control) {
      receiver = Receiver.answeringAfter(vertx, Duration.ofMillis(300));
      merchant = new Merchant(vertx, credentials);
      await(control.freezeClock());
      Set<String> refs = merchant.pay(10, receiver);

      await(control.advanceClock(Duration.ofMinutes(1)));

      // One after the other, ten 300 ms answers outlast one 1000 ms timeout; each alone does not.
      List<CallbackView> journal = merchant.awaitCallbacks(finished(10), "10 callbacks finished");
      assertThat(summary(journal)).isEqualTo(Map.of("DELIVERED", 10L));
      assertThat(journal).allSatisfy(entry -> assertThat(entry.attempts()).hasSize(1));
      assertThat(receivedRefs()).hasSize(10).hasSameElementsAs(refs);
      assertThat(receiver.mostUnansweredAtOnce()).as("one connection").isEqualTo(1);
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  private List<String> receivedRefs() {
    return receiver.received().stream()
        .map(received -> received.path().substring("/cb/".length()))
        .toList();
  }

  /** When {@code count} deliveries are journalled and none is still pending. */
  private static Predicate<List<CallbackView>> finished(int count) {
    return entries -> entries.size() == count && count(entries, "PENDING") == 0;
  }

  /** How many deliveries end with each outcome. */
  private static Map<String, Long> summary(List<CallbackView> entries) {
    return entries.stream()
        .collect(Collectors.groupingBy(CallbackView::outcome, TreeMap::new, Collectors.counting()));
  }

  private static long count(List<CallbackView> entries, String outcome) {
    return entries.stream().filter(entry -> outcome.equals(entry.outcome())).count();
  }

  private static List<CallbackView> withOutcome(List<CallbackView> entries, String outcome) {
    return entries.stream().filter(entry -> outcome.equals(entry.outcome())).toList();
  }

  private static List<CallbackView> withFirstAttemptNotSent(List<CallbackView> entries) {
    return entries.stream()
        .filter(entry -> !entry.attempts().isEmpty() && !entry.attempts().get(0).sent())
        .toList();
  }

  private static Set<String> referenceIds(List<CallbackView> entries) {
    return entries.stream().map(CallbackView::referenceId).collect(Collectors.toSet());
  }

  /** Waits on the JUnit thread, at most {@link #DEADLINE}. */
  static <T> T await(Future<T> future) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (ExecutionException e) {
      throw new AssertionError("future failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("no answer within " + DEADLINE, e);
    }
  }

  /** A journal listing that prints as its outcome counts. */
  private record Journal(List<CallbackView> entries) {
    @Override
    public String toString() {
      return entries.size() + " deliveries " + summary(entries);
    }
  }

  /** The collection API's preset user paying with callbacks, and the journal it can read. */
  private static final class Merchant {
    private final WebClient client;
    private final String baseUrl;
    private final ApiUserCredentials user;
    private final String token;

    Merchant(Vertx vertx, SandboxCredentials credentials) {
      this.client =
          WebClient.create(
              vertx,
              new WebClientOptions().setUserAgentEnabled(false),
              new PoolOptions().setHttp1MaxSize(16));
      this.baseUrl = credentials.baseUrl();
      this.user = credentials.collection();
      HttpResponse<Buffer> answer =
          await(
              client
                  .postAbs(baseUrl + Product.COLLECTION.tokenPath())
                  .putHeader("Authorization", user.basicAuthorization())
                  .putHeader("Ocp-Apim-Subscription-Key", user.subscriptionKey())
                  .send());
      assertThat(answer.statusCode()).as("token: %s", answer.bodyAsString()).isEqualTo(200);
      this.token = answer.bodyAsJsonObject().getString("access_token");
    }

    /** Creates {@code count} payments, each calling back {@code /cb/{ref}}; their references. */
    Set<String> pay(int count, Receiver receiver) {
      List<Future<String>> created = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String ref = SandboxSession.newReference();
        created.add(
            client
                .postAbs(baseUrl + Product.COLLECTION.paymentsPath())
                .putHeader("Authorization", "Bearer " + token)
                .putHeader("Ocp-Apim-Subscription-Key", user.subscriptionKey())
                .putHeader("X-Target-Environment", user.targetEnvironment())
                .putHeader("X-Reference-Id", ref)
                .putHeader("X-Callback-Url", receiver.url("/cb/" + ref))
                .sendJsonObject(Payments.of(Product.COLLECTION, "15", "256700000001"))
                .map(
                    answer -> {
                      assertThat(answer.statusCode())
                          .as("payment %s: %s", ref, answer.bodyAsString())
                          .isEqualTo(202);
                      return ref;
                    }));
      }
      return Set.copyOf(await(Future.all(created)).<String>list());
    }

    /** The callback journal as {@code GET /_sim/callbacks} answers it. */
    List<CallbackView> callbacks() {
      HttpResponse<Buffer> answer = await(client.getAbs(baseUrl + "/_sim/callbacks").send());
      assertThat(answer.statusCode()).isEqualTo(200);
      return answer.bodyAsJsonObject().getJsonArray("callbacks").stream()
          .map(entry -> CallbackView.fromJson((JsonObject) entry))
          .toList();
    }

    /** Polls the journal until it is as wanted; a timeout shows only its outcome counts. */
    List<CallbackView> awaitCallbacks(Predicate<List<CallbackView>> wanted, String what) {
      return Awaitility.await(what)
          .atMost(DEADLINE)
          .pollInterval(Duration.ofMillis(100))
          .until(() -> new Journal(callbacks()), journal -> wanted.test(journal.entries()))
          .entries();
    }

    void close() {
      client.close();
    }
  }
}

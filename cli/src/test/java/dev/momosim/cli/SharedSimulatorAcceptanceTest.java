package dev.momosim.cli;

import static dev.momosim.cli.SandboxCalls.await;
import static dev.momosim.cli.SharedChecks.awaitFinal;
import static dev.momosim.cli.SharedChecks.awaitOneDeliveredCallbackEach;
import static dev.momosim.cli.SharedChecks.awaitSize;
import static dev.momosim.cli.SharedChecks.balance;
import static dev.momosim.cli.SharedChecks.delayedRule;
import static dev.momosim.cli.SharedChecks.randomMsisdn;
import static dev.momosim.cli.SharedChecks.statusCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.momosim.client.product.Product;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.control.AccountPage;
import dev.momosim.simulator.control.ClockView;
import dev.momosim.simulator.control.HttpSimulatorControl;
import dev.momosim.simulator.control.Paging;
import dev.momosim.simulator.shared.RoundRobinForwarder;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the outside check: three {@code momo-sim serve --database-url} processes on one
 * PostgreSQL database behave as one simulator. Every rule is checked across instances: reference
 * ids, money, decisions, the clock, callbacks, an instance killed mid-run, and all of them killed
 * and one restarted. Requests go to named instances, or round-robin through a {@link
 * RoundRobinForwarder} (each request to the next instance).
 */
class SharedSimulatorAcceptanceTest {
  private static final Duration DEADLINE = Duration.ofSeconds(90);

  private final Vertx vertx = Vertx.vertx();
  private final SharedApi api = new SharedApi();
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private SharedInstances instances;

  @AfterEach
  void stopEverything() throws InterruptedException {
    threads.shutdownNow();
    threads.awaitTermination(30, TimeUnit.SECONDS);
    if (instances != null) {
      instances.close();
    }
    await(vertx.close());
  }

  @Test
  void theSameReferenceIdFiredAtAllThreeAtOnceIsAcceptedOnceAndAConflictOnTheOthers()
      throws Exception {
    instances = SharedInstances.start(3);
    api.token(instances.url(0), Product.COLLECTION);

    for (int round = 0; round < 20; round++) {
      String reference = UUID.randomUUID().toString();
      CyclicBarrier together = new CyclicBarrier(3);
      List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
      for (String url : instances.urls()) {
        answers.add(
            threads.submit(
                () -> {
                  together.await(DEADLINE.toSeconds(), TimeUnit.SECONDS);
                  return api.requestToPay(url, reference, "256770000001", "1", null);
                }));
      }
      List<Integer> codes = new ArrayList<>();
      for (java.util.concurrent.Future<Integer> answer : answers) {
        codes.add(answer.get(DEADLINE.toSeconds(), TimeUnit.SECONDS));
      }

      assertThat(codes)
          .as("round %d, %s", round, reference)
          .containsExactlyInAnyOrder(202, 409, 409);
    }
  }

  @Test
  void concurrentPaymentsAndTransfersSentRoundRobinConserveMoneyAndNeverOverdraw()
      throws Exception {
    instances = SharedInstances.start(3);
    String roundRobin = await(RoundRobinForwarder.start(vertx, instances.urls())).baseUrl();
    HttpSimulatorControl control = new HttpSimulatorControl(vertx, roundRobin);
    String poorPayer = randomMsisdn("2567712");
    await(control.setBalance("MSISDN:" + poorPayer, new BigDecimal("250")));
    await(control.setBalance("PARTNER:disbursement", new BigDecimal("350")));
    api.token(roundRobin, Product.COLLECTION);
    api.token(roundRobin, Product.DISBURSEMENT);

    Map<String, String> poorPayments = new ConcurrentHashMap<>();
    Map<String, String> transfers = new ConcurrentHashMap<>();
    Map<String, String> otherPayments = new ConcurrentHashMap<>();
    List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      answers.add(
          submit(poorPayments, ref -> api.requestToPay(roundRobin, ref, poorPayer, "100", null)));
      answers.add(
          submit(
              transfers,
              ref -> api.transfer(roundRobin, ref, randomMsisdn("2567713"), "100", null)));
      answers.add(
          submit(
              otherPayments,
              ref -> api.requestToPay(roundRobin, ref, randomMsisdn("2567714"), "1.5", null)));
    }
    for (java.util.concurrent.Future<Integer> answer : answers) {
      assertThat(answer.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(202);
    }

    Map<String, JsonObject> paid = awaitFinal(api, poorPayments.keySet(), roundRobin, false);
    Map<String, JsonObject> transferred = awaitFinal(api, transfers.keySet(), roundRobin, true);
    awaitFinal(api, otherPayments.keySet(), roundRobin, false);
    assertThat(statusCounts(paid))
        .as("250 EUR cover two payments of 100, no more")
        .isEqualTo(Map.of("SUCCESSFUL", 2L, "FAILED NOT_ENOUGH_FUNDS", 8L));
    assertThat(statusCounts(transferred))
        .as("350 EUR cover three transfers of 100, no more")
        .isEqualTo(Map.of("SUCCESSFUL", 3L, "FAILED NOT_ENOUGH_FUNDS", 7L));
    for (String url : instances.urls()) {
      AccountPage accounts = await(new HttpSimulatorControl(vertx, url).accountPage(Paging.FIRST));
      assertThat(accounts.hasNext()).isFalse();
      assertThat(balance(accounts, "MSISDN:" + poorPayer)).isEqualByComparingTo("50");
      assertThat(balance(accounts, "PARTNER:disbursement")).isEqualByComparingTo("50");
      assertThat(balance(accounts, "PARTNER:collection"))
          .as("the collection account got 2 x 100 and 10 x 1.5")
          .isEqualByComparingTo("215");
      assertThat(
              accounts.accounts().stream()
                  .map(account -> account.balance().subtract(account.opening()))
                  .reduce(accounts.forgottenNet(), BigDecimal::add))
          .as("read on %s: money only moved, none appeared or vanished", url)
          .isEqualByComparingTo("0");
    }
  }

  @Test
  void aPaymentCreatedOnOneInstanceIsApprovedOnAnotherAndDecidedOnce() throws Exception {
    instances = SharedInstances.start(3);
    await(control(0).setApprovalMode(ApprovalMode.MANUAL));
    String reference = UUID.randomUUID().toString();

    assertThat(api.requestToPay(instances.url(1), reference, randomMsisdn("2567715"), "7", null))
        .isEqualTo(202);
    assertThat(api.statusOf(api.requestToPayStatus(instances.url(2), reference)))
        .isEqualTo("PENDING");
    assertThat(await(control(2).approve(reference)).status()).isEqualTo("SUCCESSFUL");

    assertThat(catchThrowable(() -> await(control(0).reject(reference))))
        .as("a decided payment is not decided again on another instance")
        .isNotNull();
    for (String url : instances.urls()) {
      assertThat(api.statusOf(api.requestToPayStatus(url, reference))).isEqualTo("SUCCESSFUL");
    }
  }

  @Test
  void aClockAdvancedOnOneInstanceIsSeenByAllInReadsNewPaymentsAndTokenExpiry() throws Exception {
    instances = SharedInstances.start(3);
    api.token(instances.url(0), Product.COLLECTION);
    String before = UUID.randomUUID().toString();
    assertThat(api.requestToPay(instances.url(2), before, "256770000001", "1", null))
        .isEqualTo(202);
    Instant startedAt = await(control(0).clock()).now();

    await(control(1).advanceClock(Duration.ofSeconds(3601)));

    // First the instances that did not move the clock, before anything else reads it there: a
    // token of an hour has expired on them, and a payment they accept carries the moved time.
    Instant moved = startedAt.plusSeconds(3601);
    assertThat(api.balanceStatus(instances.url(2)))
        .as("a token issued an hour ago, used on instance 2 for a balance")
        .isEqualTo(401);
    assertThat(api.requestToPayStatus(instances.url(1), before).statusCode())
        .as("a token issued an hour ago, used on instance 1 for a status")
        .isEqualTo(401);
    api.forgetTokens();
    String after = UUID.randomUUID().toString();
    assertThat(api.requestToPay(instances.url(0), after, "256770000001", "1", null)).isEqualTo(202);
    assertThat(Instant.parse(await(control(2).transaction(after)).createdAt()))
        .as("created on instance 0 after the move")
        .isAfterOrEqualTo(moved);
    for (int instance = 0; instance < 3; instance++) {
      ClockView clock = await(control(instance).clock());
      assertThat(clock.now()).as("instance %d", instance).isAfterOrEqualTo(moved);
      assertThat(clock.frozen()).as("instance %d", instance).isFalse();
    }
    await(control(0).addRules(delayedRule("expire in 3 minutes", "2567751", "FAILED", 180)));
    for (int round = 0; round < 6; round++) {
      String reference = UUID.randomUUID().toString();
      await(control(round % 3).advanceClock(Duration.ofSeconds(181)));
      assertThat(
              api.requestToPay(
                  instances.url((round + 1) % 3), reference, randomMsisdn("2567751"), "1", null))
          .isEqualTo(202);
      String status =
          api.statusOf(api.requestToPayStatus(instances.url((round + 2) % 3), reference));
      assertThat(status)
          .as(
              "round %d: moved on %d, created on %d, read on %d: %s; clocks %s",
              round,
              round % 3,
              (round + 1) % 3,
              (round + 2) % 3,
              await(control(0).transaction(reference)).toJson().encode(),
              List.of(
                  await(control(0).clock()), await(control(1).clock()), await(control(2).clock())))
          .isEqualTo("PENDING");
    }
    await(control(2).freezeClock());
    Instant frozenAt = await(control(2).clock()).now();
    for (int instance = 0; instance < 3; instance++) {
      assertThat(await(control(instance).clock()))
          .as("instance %d", instance)
          .isEqualTo(new ClockView(frozenAt, true));
    }
  }

  @Test
  void everyPaymentGetsExactlyOneCallbackWhicheverInstanceSendsIt() throws Exception {
    instances = SharedInstances.start(3);
    CallbackCounter callbacks = new CallbackCounter(vertx);
    String roundRobin = await(RoundRobinForwarder.start(vertx, instances.urls())).baseUrl();
    await(control(0).addRules(delayedRule("slow payers", "2567731", "SUCCESSFUL", 600)));
    Map<String, String> sent = new ConcurrentHashMap<>();
    List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      answers.add(
          submit(
              sent,
              ref ->
                  api.requestToPay(
                      roundRobin, ref, randomMsisdn("2567730"), "2", callbacks.urlFor(ref))));
      answers.add(
          submit(
              sent,
              ref ->
                  api.requestToPay(
                      roundRobin, ref, randomMsisdn("2567731"), "3", callbacks.urlFor(ref))));
      answers.add(
          submit(
              sent,
              ref ->
                  api.transfer(
                      roundRobin, ref, randomMsisdn("2567732"), "4", callbacks.urlFor(ref))));
    }
    for (java.util.concurrent.Future<Integer> answer : answers) {
      assertThat(answer.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(202);
    }

    await(control(1).advanceClock(Duration.ofSeconds(601))); // the slow payers' turn

    awaitOneDeliveredCallbackEach(control(2), sent.keySet(), callbacks);
  }

  @Test
  void killDashNineOfOneInstanceMidRunLosesNothingAcknowledgedAndTheSurvivorsFinishItsWork()
      throws Exception {
    instances = SharedInstances.start(3);
    CallbackCounter callbacks = new CallbackCounter(vertx);
    await(
        control(0)
            .addRules(
                delayedRule("pay in half an hour", "2567741", "SUCCESSFUL", 1800)
                    .addAll(delayedRule("refuse in half an hour", "2567742", "FAILED", 1800))));
    api.token(instances.url(0), Product.COLLECTION);
    List<String> urls = instances.urls();
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    AtomicBoolean stopped = new AtomicBoolean();
    for (int thread = 0; thread < 6; thread++) {
      int first = thread;
      threads.execute(
          () -> {
            for (int i = first; !stopped.get(); i++) {
              String reference = UUID.randomUUID().toString();
              boolean pays = i % 2 == 0;
              try {
                int code =
                    api.requestToPay(
                        urls.get(i % urls.size()),
                        reference,
                        randomMsisdn(pays ? "2567741" : "2567742"),
                        "5",
                        callbacks.urlFor(reference));
                if (code == 202) {
                  acknowledged.put(reference, pays ? "SUCCESSFUL" : "FAILED");
                }
              } catch (IOException killed) {
                // the request went to the killed instance: not acknowledged, the next goes on
              }
            }
          });
    }
    awaitSize(acknowledged, 60);

    instances.kill(0);
    int atKill = acknowledged.size();
    awaitSize(acknowledged, atKill + 30);
    stopped.set(true);
    threads.shutdown();
    assertThat(threads.awaitTermination(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();

    for (String reference : acknowledged.keySet()) {
      for (int survivor : List.of(1, 2)) {
        assertThat(api.statusOf(api.requestToPayStatus(instances.url(survivor), reference)))
            .as("acknowledged %s, read on instance %d", reference, survivor)
            .isEqualTo("PENDING");
      }
    }
    // Due now, and the token (an hour) still valid.
    // Settling what is due can take the advance a while: it answers when the clock has moved.
    awaitLong(control(1).advanceClock(Duration.ofSeconds(1801)));
    Map<String, JsonObject> finished =
        awaitFinal(api, acknowledged.keySet(), instances.url(2), false);
    finished.forEach(
        (reference, status) ->
            assertThat(status.getString("status"))
                .as("%s planned by its rule", reference)
                .isEqualTo(acknowledged.get(reference)));
    awaitOneDeliveredCallbackEach(control(2), acknowledged.keySet(), callbacks);
  }

  @Test
  void allInstancesKilledAndOneRestartedHaveEveryStateBack() throws Exception {
    instances = SharedInstances.start(3);
    String provisionedUser = UUID.randomUUID().toString();
    String provisionedKey = Provisioning.provision(instances.url(0), provisionedUser);
    await(control(1).setBalance("MSISDN:256770000009", new BigDecimal("12.34")));
    await(
        control(2)
            .addRules(
                new JsonArray()
                    .add(
                        new JsonObject()
                            .put("name", "two declines")
                            .put("times", 2)
                            .put("match", new JsonObject().put("partyId", "256772222222"))
                            .put("outcome", new JsonObject().put("status", "FAILED")))));
    await(control(0).advanceClock(Duration.ofHours(1)));
    List<String> references = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String reference = UUID.randomUUID().toString();
      String payer = i % 10 == 0 ? "256772222222" : "25677000" + (1000 + i);
      assertThat(api.requestToPay(instances.url(i % 3), reference, payer, "3", null))
          .isEqualTo(202);
      references.add(reference);
    }
    await(control(1).setApprovalMode(ApprovalMode.MANUAL));
    String manual = UUID.randomUUID().toString();
    assertThat(api.requestToPay(instances.url(2), manual, "256771111111", "9", null))
        .isEqualTo(202);
    await(control(0).freezeClock()); // so both exports show the same instant
    JsonObject before = state(1);

    instances.killAll();
    int restarted = instances.startMore(1).get(0);

    assertThat(state(restarted))
        .as("transactions, balances, rules and their uses, approval mode, clock, API users")
        .isEqualTo(before);
    String url = instances.url(restarted);
    assertThat(api.requestToPayStatus(url, references.get(7)).statusCode())
        .as("a token issued before still works")
        .isEqualTo(200);
    assertThat(api.statusOf(api.requestToPayStatus(url, manual))).isEqualTo("PENDING");
    assertThat(Provisioning.tokenStatus(url, provisionedUser, provisionedKey))
        .as("an API key created before still works")
        .isEqualTo(200);
    assertThat(api.requestToPay(url, references.get(3), "256770000001", "1", null))
        .as("a used reference id is still a conflict")
        .isEqualTo(409);
  }

  @Test
  void aTenantMadeThroughOneProcessOutlivesEveryProcessAndIsFoundByTheNext() throws Exception {
    instances = SharedInstances.start(2);
    HttpSimulatorControl job = control(0).forTenant("job-7");
    var user = await(job.provisionUser("collection", "localhost"));
    await(
        control(1)
            .forTenant("job-7")
            .addRules(
                new JsonArray()
                    .add(
                        new JsonObject()
                            .put("name", "job 7 declines")
                            .put("outcome", new JsonObject().put("status", "FAILED")))));
    await(job.freezeClock());
    Instant tenantNow = await(job.advanceClock(Duration.ofDays(1)));

    instances.killAll();
    int restarted = instances.startMore(1).get(0);

    HttpSimulatorControl after = control(restarted).forTenant("job-7");
    assertThat(await(after.rules()).get(0).name()).isEqualTo("job 7 declines");
    assertThat(await(after.clock()).now()).isEqualTo(tenantNow);
    assertThat(await(control(restarted).clock()).now()).isBefore(tenantNow);
    assertThat(await(control(restarted).tenants()).stream().map(view -> view.id()).toList())
        .containsExactly("default", "job-7");
    assertThat(Provisioning.tokenStatus(instances.url(restarted), user.apiUser(), user.apiKey()))
        .as("the tenant's API user and key are kept")
        .isEqualTo(200);
  }

  // ---------------------------------------------------------------------------------------------

  private HttpSimulatorControl control(int instance) {
    return new HttpSimulatorControl(vertx, instances.url(instance), DEADLINE);
  }

  private static <T> T awaitLong(io.vertx.core.Future<T> future) throws Exception {
    return future
        .toCompletionStage()
        .toCompletableFuture()
        .get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
  }

  private JsonObject state(int instance) {
    return new JsonObject(
        new String(await(control(instance).exportState()), StandardCharsets.UTF_8));
  }

  /** Sends one creating call on the pool under a fresh reference id, noted in {@code sent}. */
  private java.util.concurrent.Future<Integer> submit(Map<String, String> sent, ThrowingCall call) {
    String reference = UUID.randomUUID().toString();
    sent.put(reference, reference);
    return threads.submit(() -> call.send(reference));
  }

  @FunctionalInterface
  private interface ThrowingCall {
    int send(String reference) throws IOException;
  }
}

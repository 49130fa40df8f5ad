package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code eventLoops}: four event loops answer the port over the one simulator, so requests that
 * race on one payer or one reference id run on different threads at once. Money and idempotency
 * hold as on one loop: a payer is never over-drawn and no payment is lost, a reference id is taken
 * once, and a status read after the payment settled sees it.
 */
class EventLoopsAcceptanceTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final String PAYER = "256774000001";
  private static final int PAYMENTS = 200;
  private static final int FUNDS = 120;

  private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(8));
  private final List<SandboxSession> sessions = new ArrayList<>();

  @AfterEach
  void stop() {
    for (SandboxSession session : sessions) {
      session.close();
      awaitLong(session.simulator().close());
    }
    await(vertx.close());
  }

  @Test
  void concurrentPaymentsOnOnePayerNeverOverdrawAndNoneIsLost() {
    ProductApi api = start().api(Product.COLLECTION);
    List<String> refs = new ArrayList<>();
    List<Future<Reply>> answers = new ArrayList<>();
    for (int i = 0; i < PAYMENTS; i++) {
      String ref = SandboxSession.newReference();
      refs.add(ref);
      answers.add(api.createCall(ref, Payments.of(Product.COLLECTION, "1", PAYER)).sendAsync());
    }
    awaitLong(Future.join(answers));
    answers.forEach(answer -> Expect.accepted(answer.result()));

    Map<String, Long> byStatus =
        refs.stream()
            .map(ref -> api.status(ref).json().getString("status"))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

    assertThat(byStatus)
        .as("every payment ended, exactly as many succeeded as the payer could pay")
        .containsOnly(
            Map.entry("SUCCESSFUL", (long) FUNDS), Map.entry("FAILED", (long) (PAYMENTS - FUNDS)));
    JsonObject wallet =
        api.session
            .get("/_sim/accounts")
            .send()
            .json()
            .getJsonObject("accounts")
            .getJsonObject("MSISDN:" + PAYER);
    assertThat(wallet.getString("balance")).isEqualTo("0");
  }

  @Test
  void aReferenceIdSentOnSeveralConnectionsAtOnceIsTakenOnce() {
    ProductApi api = start().api(Product.COLLECTION);
    for (int round = 0; round < 20; round++) {
      String ref = SandboxSession.newReference();
      List<Future<Reply>> answers = new ArrayList<>();
      for (int copy = 0; copy < 8; copy++) {
        answers.add(api.createCall(ref, Payments.of(Product.COLLECTION, "5", PAYER)).sendAsync());
      }
      awaitLong(Future.join(answers));
      List<Integer> statuses = answers.stream().map(answer -> answer.result().status()).toList();

      assertThat(statuses).as("round %d", round).containsOnly(202, 409);
      assertThat(statuses).as("round %d", round).containsOnlyOnce(202);
    }
  }

  @Test
  void aStatusReadAfterThePaymentSettledSeesItSuccessful() {
    ProductApi api = start().api(Product.COLLECTION);
    for (int i = 0; i < 50; i++) {
      String ref = api.pay("2", "256774000002");

      assertThat(api.status(ref).json().getString("status")).isEqualTo("SUCCESSFUL");
    }
  }

  private SandboxSession start() {
    SimulatorConfig config =
        SimulatorConfig.fromJson(
                """
            {"eventLoops": 4, "ledger": {"wallets": {"%s": "%d"}}}"""
                    .formatted(PAYER, FUNDS))
            .withPort(0);
    SandboxSession session = new SandboxSession(await(MomoSimulator.start(vertx, config)));
    sessions.add(session);
    return session;
  }

  private static <T> T awaitLong(Future<T> future) {
    Awaitility.await()
        .atMost(DEADLINE)
        .pollInterval(Duration.ofMillis(10))
        .until(future::isComplete);
    return await(future);
  }
}

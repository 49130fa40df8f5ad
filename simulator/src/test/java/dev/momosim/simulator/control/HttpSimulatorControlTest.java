package dev.momosim.simulator.control;

import static dev.momosim.simulator.junit5.SandboxCalls.await;
import static dev.momosim.simulator.junit5.SandboxCalls.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.RuleFormat.RuleSpec;
import dev.momosim.simulator.junit5.SandboxCalls;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every {@link SimulatorControl} operation over HTTP against a real simulator in MANUAL mode,
 * checked against the in-process control of the same simulator.
 */
@ExtendWith(VertxExtension.class)
class HttpSimulatorControlTest {
  private MomoSimulator simulator;
  private SimulatorControl local;
  private HttpSimulatorControl http;
  private SandboxCalls api;

  @BeforeEach
  void start(Vertx vertx) {
    simulator =
        await(
            MomoSimulator.start(
                vertx,
                SimulatorConfig.fromJson("{\"approval\":{\"mode\":\"MANUAL\"}}").withPort(0)));
    local = simulator.control();
    http = new HttpSimulatorControl(vertx, simulator.baseUrl() + "/");
    api = new SandboxCalls(vertx, simulator);
  }

  @AfterEach
  void stop() {
    api.close();
    http.close();
    await(simulator.close());
  }

  @Test
  void approvesAPendingPaymentAndShowsWhatTheLocalControlShows() {
    String reference = api.requestToPay();

    TransactionView approved = await(http.approve(reference));

    assertThat(approved.status()).isEqualTo("SUCCESSFUL");
    assertThat(approved.financialTransactionId()).isNotBlank();
    assertThat(await(http.transaction(reference)))
        .isEqualTo(await(local.transaction(reference)))
        .isEqualTo(approved);
    assertThat(api.status(reference).getString("status")).isEqualTo("SUCCESSFUL");
  }

  @Test
  void rejectsWithApprovalRejectedUnlessAReasonIsGiven() {
    String plain = api.requestToPay();
    String withReason = api.requestToPay();

    assertThat(await(http.reject(plain, null)).reason()).isEqualTo("APPROVAL_REJECTED");
    assertThat(await(http.reject(withReason, "PAYER_LIMIT_REACHED")).reason())
        .isEqualTo("PAYER_LIMIT_REACHED");
    assertThat(await(local.transaction(withReason)).status()).isEqualTo("FAILED");
  }

  @Test
  void expiresAndFailsPendingPaymentsWithTheirReasons() {
    String expiring = api.requestToPay();
    String failing = api.requestToPay();

    assertThat(await(http.expire(expiring)).reason()).isEqualTo("EXPIRED");
    assertThat(await(http.fail(failing, "INTERNAL_PROCESSING_ERROR")).reason())
        .isEqualTo("INTERNAL_PROCESSING_ERROR");
    assertThat(api.status(expiring).getString("reason")).isEqualTo("EXPIRED");
  }

  @Test
  void refusesLikeTheLocalControlWithTheSameStatusAndCode() {
    String reference = api.requestToPay();
    await(http.approve(reference));

    assertSameRefusal(http.approve(reference), local.approve(reference), 409);
    assertSameRefusal(http.reject(reference, null), local.reject(reference, null), 409);
    assertSameRefusal(
        http.transaction("7c9a3f0e-0000-4000-8000-00000000dead"),
        local.transaction("7c9a3f0e-0000-4000-8000-00000000dead"),
        404);
    assertSameRefusal(http.fail(api.requestToPay(), null), local.fail(reference, null), 400);
    assertSameRefusal(
        http.setBalance("MSISDN:256770000001", new BigDecimal("-1")),
        local.setBalance("MSISDN:256770000001", new BigDecimal("-1")),
        400);
    assertSameRefusal(
        http.resendCallback("no-such-callback"), local.resendCallback("no-such-callback"), 404);
  }

  @Test
  void listsTransactionsWithTheSameFiltersAsTheLocalControl() {
    String approved = api.requestToPay();
    api.requestToPay("256770000002", null);
    api.requestToPay();
    await(http.approve(approved));

    for (TransactionFilter filter :
        List.of(
            TransactionFilter.ALL,
            TransactionFilter.pending(),
            new TransactionFilter("successful", "collection", null, 10),
            new TransactionFilter(null, null, "256770000002", 10),
            new TransactionFilter(null, "disbursement", null, 10),
            new TransactionFilter(null, null, null, 2))) {
      assertThat(await(http.transactions(filter)))
          .as(filter.toString())
          .isEqualTo(await(local.transactions(filter)));
    }
    assertThat(await(http.transactions(TransactionFilter.pending()))).hasSize(2);
    assertThat(await(http.transactions(new TransactionFilter(null, null, null, 2)))).hasSize(2);
  }

  @Test
  void freezesSetsAdvancesAndResumesTheClock() {
    Instant frozen = await(http.freezeClock());

    assertThat(await(local.now())).isEqualTo(frozen);
    assertThat(await(http.advanceClock(Duration.ofSeconds(90)))).isEqualTo(frozen.plusSeconds(90));
    assertThat(await(http.advanceClock(Duration.ofMillis(1500))))
        .isEqualTo(frozen.plusMillis(91_500));
    assertThat(await(http.now())).isEqualTo(await(local.now()));
    assertThat(await(http.clock())).isEqualTo(await(local.clock()));
    Instant target = Instant.parse("2030-01-02T03:04:05Z");
    assertThat(await(http.setClock(target))).isEqualTo(target);
    await(http.resumeClock());
    assertThat(await(local.clock()).frozen()).isFalse();
  }

  @Test
  void advancingTheClockPastTheApprovalWindowExpiresPendingPayments() {
    String reference = api.requestToPay();

    await(http.advanceClock(Duration.ofMinutes(6)));

    TransactionView expired = await(local.transaction(reference));
    assertThat(expired.status()).isEqualTo("FAILED");
    assertThat(expired.reason()).isEqualTo("EXPIRED");
  }

  @Test
  void switchesTheApprovalMode() {
    assertThat(await(http.approvalMode())).isEqualTo(ApprovalMode.MANUAL);

    assertThat(await(http.setApprovalMode(ApprovalMode.AUTO))).isEqualTo(ApprovalMode.AUTO);

    assertThat(await(local.approvalMode())).isEqualTo(ApprovalMode.AUTO);
    String reference = api.requestToPay();
    assertThat(await(local.transaction(reference)).status()).isEqualTo("SUCCESSFUL");
  }

  @Test
  void readsAddsReplacesAndClearsRules() {
    List<RuleSpec> sandbox = await(local.rules());
    assertThat(await(http.rules())).isEqualTo(sandbox);
    JsonObject rule =
        new JsonObject()
            .put("name", "payer not found")
            .put("match", new JsonObject().put("partyId", "256770000099"))
            .put(
                "outcome",
                new JsonObject().put("status", "FAILED").put("reason", "PAYER_NOT_FOUND"));

    List<RuleSpec> added = await(http.addRules(new JsonArray().add(rule)));
    assertThat(added).hasSize(sandbox.size() + 1).isEqualTo(await(local.rules()));
    assertThat(added.get(0).name()).isEqualTo("payer not found");
    String reference = api.requestToPay("256770000099", null);
    assertThat(await(local.transaction(reference)).reason()).isEqualTo("PAYER_NOT_FOUND");

    assertThat(await(http.replaceRules(new JsonArray().add(rule)))).hasSize(1);
    assertThat(await(http.clearRules())).isEmpty();
    assertThat(await(local.rules())).isEmpty();
    assertSameRefusal(
        http.addRules(new JsonArray().add(new JsonObject().put("name", "no outcome"))),
        local.addRules(new JsonArray().add(new JsonObject().put("name", "no outcome"))),
        400);
  }

  @Test
  void listsAndResendsCallbacks(Vertx vertx) {
    HttpServer receiver = SandboxCalls.receiver(vertx);
    String reference =
        api.requestToPay("256770000001", "http://localhost:" + receiver.actualPort() + "/momo");
    await(http.approve(reference));

    List<CallbackView> callbacks = await(http.callbacks());
    assertThat(callbacks).hasSize(1);
    CallbackView sent = callbacks.get(0);
    assertThat(sent.referenceId()).isEqualTo(reference);
    assertThat(sent.id()).isEqualTo(await(local.callbacks()).get(0).id());

    CallbackView resent = await(http.resendCallback(sent.id()));
    assertThat(resent.resendOf()).isEqualTo(sent.id());
    assertThat(await(local.callbacks())).hasSize(2);
    await(receiver.close());
  }

  @Test
  void readsTheRequestJournalWithFilters() {
    String reference = api.requestToPay();

    RequestFilter ofReference = RequestFilter.ALL.withReferenceId(reference);
    List<RequestView> byReference = await(http.requests(ofReference));
    assertThat(byReference).hasSize(1);
    assertThat(byReference.get(0).method()).isEqualTo("POST");
    assertThat(byReference).isEqualTo(await(local.requests(ofReference)));
    assertThat(
            await(
                http.requests(
                    RequestFilter.ALL.withPathContaining("/token/").withProduct("collection"))))
        .isNotEmpty()
        .allSatisfy(entry -> assertThat(entry.path()).contains("/token/"));
    assertThat(await(http.requests(RequestFilter.ALL.withProduct("remittance")))).isEmpty();
  }

  @Test
  void readsAndSetsBalances() {
    assertThat(await(http.accounts())).isEqualTo(await(local.accounts()));

    List<AccountView> accounts =
        await(http.setBalance("MSISDN:256770000001", new BigDecimal("12.50")));

    assertThat(accounts)
        .filteredOn(account -> account.account().equals("MSISDN:256770000001"))
        .singleElement()
        .satisfies(account -> assertThat(account.balance()).isEqualByComparingTo("12.5"));
    assertThat(await(local.accounts())).isEqualTo(accounts);
  }

  @Test
  void expiresEveryIssuedToken() {
    api.token();

    assertThat(await(http.expireTokens())).isPositive();
    assertThat(await(http.expireTokens())).isZero();
  }

  @Test
  void resetsToTheConfiguredStartState() {
    api.requestToPay();
    await(http.setApprovalMode(ApprovalMode.AUTO));

    await(http.reset());

    assertThat(await(local.transactions(TransactionFilter.ALL))).isEmpty();
    assertThat(await(local.approvalMode())).isEqualTo(ApprovalMode.MANUAL);
  }

  @Test
  void reportsAnUnreachableSimulatorWithStatusZero(Vertx vertx) {
    try (HttpSimulatorControl nowhere =
        new HttpSimulatorControl(vertx, "http://127.0.0.1:" + SandboxCalls.closedPort(vertx))) {
      Throwable failure = failure(nowhere.clock());

      assertThat(failure)
          .isInstanceOfSatisfying(
              ControlException.class,
              refusal -> {
                assertThat(refusal.status()).isZero();
                assertThat(refusal.code()).isEqualTo("UNREACHABLE");
                assertThat(refusal.getMessage()).contains("127.0.0.1");
              });
    }
  }

  @Test
  void rejectsABaseUrlThatIsNotAnHttpUrl(Vertx vertx) {
    assertThatThrownBy(() -> new HttpSimulatorControl(vertx, "localhost:8080"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http://");
  }

  @Test
  void refusesInputItCannotUseLikeTheLocalControl() {
    TransactionFilter unknownStatus = new TransactionFilter("BOGUS", null, null, 10);
    TransactionFilter noLimit = new TransactionFilter(null, null, null, 0);
    BigDecimal huge = new BigDecimal("1e1000000");
    Instant tooLate = Instant.parse("+10000-01-01T00:00:00Z");
    JsonArray misspelled =
        new JsonArray()
            .add(new JsonObject().put("outcome", new JsonObject().put("staus", "FAILED")));

    assertSameRefusal(http.transactions(unknownStatus), local.transactions(unknownStatus), 400);
    assertSameRefusal(http.transactions(noLimit), local.transactions(noLimit), 400);
    assertSameRefusal(
        http.requests(RequestFilter.ALL.withProduct("foo").withLimit(10)),
        local.requests(RequestFilter.ALL.withProduct("foo").withLimit(10)),
        400);
    assertSameRefusal(
        http.requests(RequestFilter.ALL.withLimit(1001)),
        local.requests(RequestFilter.ALL.withLimit(1001)),
        400);
    assertSameRefusal(
        http.setBalance("BOGUS", BigDecimal.TEN), local.setBalance("BOGUS", BigDecimal.TEN), 400);
    assertSameRefusal(
        http.setBalance("PARTNER:disbursement", huge),
        local.setBalance("PARTNER:disbursement", huge),
        400);
    assertSameRefusal(http.setClock(tooLate), local.setClock(tooLate), 400);
    assertSameRefusal(http.addRules(misspelled), local.addRules(misspelled), 400);
  }

  @Test
  void listsAtMostTheRequestsAskedFor() {
    api.requestToPay();
    api.requestToPay();

    assertThat(await(http.requests(RequestFilter.ALL.withProduct("collection").withLimit(1))))
        .hasSize(1)
        .isEqualTo(await(local.requests(RequestFilter.ALL.withProduct("COLLECTION").withLimit(1))));
  }

  @Test
  void servesItsControlApiUnderTheSimPath() {
    assertThat(http.controlUrl()).isEqualTo(simulator.baseUrl() + "/_sim");
  }

  private static void assertSameRefusal(Future<?> overHttp, Future<?> inProcess, int status) {
    ControlException remote = (ControlException) failure(overHttp);
    ControlException here = (ControlException) failure(inProcess);
    assertThat(remote.status()).isEqualTo(status).isEqualTo(here.status());
    assertThat(remote.code()).isEqualTo(here.code());
    assertThat(remote.getMessage()).isEqualTo(here.getMessage());
  }
}

package dev.momosim.simulator.dashboard;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard in a real headless browser against a real simulator: payments appear and change
 * without reloads, the payer phone decides them, the clock expires them, journals explain them, and
 * it all works with a keyboard and on a phone-sized screen. Each browser runs every scenario
 * through its own subclass.
 */
@ExtendWith(VertxExtension.class)
abstract class DashboardScenarios {
  static final String PAYER = "256770000001";

  private final BrowserKind kind;
  private Vertx vertx;
  private Sandbox sandbox;
  private Browser browser;

  DashboardScenarios(BrowserKind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void start(Vertx vertx) {
    kind.assumeInstalled();
    this.vertx = vertx;
    sandbox = Sandbox.manual(vertx);
    browser = kind.open();
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  Sandbox sandbox() {
    return sandbox;
  }

  Browser browser() {
    return browser;
  }

  @Test
  void showsARequestToPayAsItArrivesWithoutReloading() {
    DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());

    String ref = sandbox.requestToPay(PAYER, "100", "Order 1");

    page.awaitStatus(ref, "PENDING");
    assertThat(page.cell(ref, "product"))
        .containsIgnoringCase("collection")
        .contains("requesttopay");
    assertThat(page.cell(ref, "party")).contains(PAYER);
    assertThat(page.cell(ref, "amount")).isEqualTo("EUR 100");
    assertThat(page.cell(ref, "status")).isEqualTo("PENDING");
    assertThat(page.cell(ref, "ref")).isEqualTo(ref);
    assertThat(page.cell(ref, "age")).matches("\\d+s");
    assertThat(page.notReloaded()).isTrue();
    assertThat(page.announcement())
        .hasValueSatisfying(text -> assertThat(text).contains("PENDING"));
  }

  @Test
  void approvingOnThePayerPhoneMakesTheStatusGetSuccessfulAndSendsTheCallback() {
    try (CallbackReceiver receiver = new CallbackReceiver(vertx)) {
      DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
      String ref = sandbox.requestToPay(PAYER, "250", "Order 2", receiver.url());
      page.choosePayer(PAYER);
      assertThat(page.awaitPrompt(ref)).contains("EUR").contains("250").contains("Order 2");
      assertThat(page.awaitCountdown(ref)).matches("[45]:\\d\\d");

      page.approve(ref);

      page.awaitStatus(ref, "SUCCESSFUL");
      page.awaitNoPrompt(ref);
      assertThat(page.awaitRecent(ref)).contains("Paid");
      JsonObject status =
          eventually(
              () -> sandbox.status(ref), json -> "SUCCESSFUL".equals(json.getString("status")));
      assertThat(status.getString("financialTransactionId")).isNotBlank();
      JsonObject callback =
          eventually(
              () -> receiver.received().stream().findFirst().orElse(null), json -> json != null);
      assertThat(callback.getString("status")).isEqualTo("SUCCESSFUL");
      assertThat(callback.getString("externalId")).isEqualTo("order-" + ref.substring(0, 4));
      assertThat(page.awaitCallback(ref, "DELIVERED")).contains(receiver.url());
    }
  }

  @Test
  void thePhoneNamesAWithdrawalRequestAndApprovesIt() {
    DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
    String ref = sandbox.requestToWithdraw(PAYER, "30", "Cash out");
    page.choosePayer(PAYER);
    assertThat(page.awaitPrompt(ref)).containsIgnoringCase("Withdrawal request").contains("30");

    page.approve(ref);

    page.awaitStatus(ref, "SUCCESSFUL");
    assertThat(page.cell(ref, "product")).contains("requesttowithdraw");
  }

  @Test
  void resendsACallbackFromTheCallbackJournal() {
    try (CallbackReceiver receiver = new CallbackReceiver(vertx)) {
      DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
      String ref = sandbox.requestToPay(PAYER, "75", "Order 3", receiver.url());
      sandbox.control("POST", "/_sim/transactions/" + ref + "/approve", null);
      eventually(() -> receiver.received().size(), count -> count == 1);

      page.resendCallback(ref);

      eventually(() -> receiver.received().size(), count -> count == 2);
      assertThat(receiver.received().get(1).getString("status")).isEqualTo("SUCCESSFUL");
    }
  }

  @Test
  void rejectingOnThePayerPhoneFailsThePaymentWithApprovalRejected() {
    DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
    String ref = sandbox.requestToPay(PAYER, "40", "Bus ticket");
    page.choosePayer(PAYER);

    page.reject(ref);

    page.awaitStatus(ref, "FAILED");
    assertThat(page.cell(ref, "reason")).isEqualTo("APPROVAL_REJECTED");
    assertThat(page.phoneMessage()).contains("Declined");
    JsonObject status = sandbox.status(ref);
    assertThat(status.getString("status")).isEqualTo("FAILED");
    assertThat(String.valueOf(status.getValue("reason"))).contains("APPROVAL_REJECTED");
  }

  @Test
  void advancingTheClockPastTheApprovalWindowExpiresAPendingPayment() {
    DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
    String ref = sandbox.requestToPay(PAYER, "60", "Airtime");
    page.choosePayer(PAYER);
    page.awaitCountdown(ref);

    page.advanceClock(301);

    page.awaitStatus(ref, "FAILED");
    assertThat(page.cell(ref, "reason")).isEqualTo("EXPIRED");
    page.awaitNoPrompt(ref);
    assertThat(page.cell(ref, "age")).matches("5m 0\\ds");
    JsonObject status = sandbox.status(ref);
    assertThat(status.getString("status")).isEqualTo("FAILED");
    assertThat(String.valueOf(status.getValue("reason"))).contains("EXPIRED");
  }

  @Test
  void aDecisionOnThePhonePageUpdatesEveryOpenPage() {
    DashboardPage dashboard = DashboardPage.open(browser, sandbox.dashboardUrl());
    try (Browser handset = kind.open(390, 844, 1.0)) {
      DashboardPage phone = DashboardPage.open(handset, sandbox.phoneUrl(PAYER));

      String ref = sandbox.requestToPay(PAYER, "1250.5", "Groceries");
      dashboard.awaitStatus(ref, "PENDING");
      assertThat(phone.awaitPrompt(ref)).contains("1,250.50").contains("Groceries");

      phone.approve(ref);

      dashboard.awaitStatus(ref, "SUCCESSFUL");
      phone.awaitNoPrompt(ref);
      assertThat(dashboard.notReloaded()).isTrue();
      assertThat(phone.notReloaded()).isTrue();
    }
  }

  @Test
  void filtersTransactionsByStatusAndProduct() {
    DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
    String waiting = sandbox.requestToPay(PAYER, "10", "One");
    String paid = sandbox.requestToPay(PAYER, "20", "Two");
    sandbox.control("POST", "/_sim/transactions/" + paid + "/approve", null);
    page.awaitStatus(paid, "SUCCESSFUL");
    page.awaitStatus(waiting, "PENDING");

    page.filterStatus("SUCCESSFUL");
    page.awaitNoRow(waiting);
    assertThat(page.shownReferences()).containsExactly(paid);

    page.filterStatus("");
    page.filterProduct("disbursement");
    page.awaitNoRow(paid);
    assertThat(page.shownReferences()).isEmpty();

    page.filterProduct("collection");
    page.awaitRow(waiting);
    assertThat(page.shownReferences()).containsExactly(paid, waiting);
  }

  @Test
  void explainsARefusedRequestInTheRequestJournalWithSecretsRedacted() {
    DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
    String ref = sandbox.requestToPay(PAYER, "10", "Once");
    assertThat(sandbox.createPayment(ref, PAYER, "10", "Twice", null).statusCode()).isEqualTo(409);

    DashboardPage.Refusal refusal = page.awaitRefusal("RESOURCE_ALREADY_EXIST");

    assertThat(refusal.text()).contains("X-Reference-Id was used before");
    assertThat(refusal.details()).contains("Bearer ***").doesNotContain(sandbox.subscriptionKey());
  }

  @Test
  void showsOneTenantAtATimeAndOffersTheOthers() {
    Sandbox shop = sandbox.inTenant("shop-a");
    String inDefault = sandbox.requestToPay(PAYER, "10", "Default");
    String inShop = shop.requestToPay(PAYER, "20", "Shop");

    DashboardPage ofShop = DashboardPage.open(browser, sandbox.dashboardUrl() + "?tenant=shop-a");
    ofShop.awaitStatus(inShop, "PENDING");
    assertThat(ofShop.tenantShown("shop-a")).isEqualTo("shop-a");
    assertThat(ofShop.shownReferences()).containsExactly(inShop);

    DashboardPage phoneOfShop =
        DashboardPage.open(browser, sandbox.phoneUrl(PAYER) + "?tenant=shop-a");
    assertThat(phoneOfShop.awaitPrompt(inShop)).contains("20");
    phoneOfShop.approve(inShop);
    assertThat(
            Browser.await(
                "the shop's payment to succeed",
                () -> "SUCCESSFUL".equals(shop.status(inShop).getString("status"))))
        .isTrue();
    assertThat(sandbox.status(inDefault).getString("status")).isEqualTo("PENDING");

    DashboardPage ofDefault = DashboardPage.open(browser, sandbox.dashboardUrl());
    ofDefault.awaitStatus(inDefault, "PENDING");
    assertThat(ofDefault.tenantShown("")).isEmpty();
    assertThat(ofDefault.shownReferences()).containsExactly(inDefault);
  }

  @Test
  void switchesTheApprovalModeAndShowsTheRules() {
    DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
    assertThat(page.approvalModeChecked("Manual")).isTrue();
    assertThat(page.ruleNames()).anySatisfy(name -> assertThat(name).contains("46733123453"));

    page.chooseApprovalMode("Auto");

    eventually(
        () -> sandbox.control("GET", "/_sim/approval-mode", null).getString("mode"),
        "AUTO"::equals);
    String ref = sandbox.requestToPay(PAYER, "5", "Auto");
    page.awaitStatus(ref, "SUCCESSFUL");
  }

  @Test
  void resetForgetsThePaymentsAndRestoresTheConfiguredApprovalMode() {
    DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
    String ref = sandbox.requestToPay(PAYER, "15", "Before the reset");
    page.awaitStatus(ref, "PENDING");
    page.chooseApprovalMode("Auto");
    eventually(
        () -> sandbox.control("GET", "/_sim/approval-mode", null).getString("mode"),
        "AUTO"::equals);

    page.reset();

    page.awaitNoRow(ref);
    eventually(() -> page.approvalModeChecked("Manual"), Boolean.TRUE::equals);
    assertThat(sandbox.control("GET", "/_sim/transactions", null).getJsonArray("transactions"))
        .isEmpty();
    assertThat(page.notReloaded()).isTrue();
  }

  @Test
  void reachesTheDecisionButtonsWithTheTabKey() {
    String ref = sandbox.requestToPay(PAYER, "30", "Keyboard");
    DashboardPage phone = DashboardPage.open(browser, sandbox.phoneUrl(PAYER));
    phone.awaitPrompt(ref);

    phone.tabTo(DashboardPage.approveButton(ref));

    assertThat(phone.focusedElementTag()).isEqualTo("button");
  }

  @Test
  void fitsAPhoneScreenWithoutSidewaysScrollingAndWithThumbSizedButtons() {
    String ref =
        sandbox.requestToPay(
            PAYER, "1250000.75", "A long merchant message that has to wrap on a small screen");
    try (Browser handset = kind.open(360, 740, 1.0)) {
      DashboardPage phone = DashboardPage.open(handset, sandbox.phoneUrl(PAYER));
      phone.awaitPrompt(ref);
      assertThat(phone.horizontalOverflow()).as("phone page overflow").isLessThanOrEqualTo(0);
      assertThat(phone.heights(DashboardPage.decisionButtons(ref)))
          .hasSize(2)
          .allSatisfy(height -> assertThat(height).isGreaterThanOrEqualTo(44.0));

      DashboardPage dashboard = DashboardPage.open(handset, sandbox.dashboardUrl());
      dashboard.awaitRow(ref);
      assertThat(dashboard.horizontalOverflow()).as("dashboard overflow").isLessThanOrEqualTo(0);
    }
  }

  @Test
  void showsEveryColumnOfTheTablesWithoutSidewaysScrollingOnDesktopAndTabletScreens() {
    try (CallbackReceiver receiver = new CallbackReceiver(vertx)) {
      String paid = sandbox.requestToPay("256770000002", "1250000.75", "Paid", receiver.url());
      sandbox.control("POST", "/_sim/transactions/" + paid + "/reject", null);
      String waiting = sandbox.requestToPay(PAYER, "10", "Waiting");
      DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
      page.awaitRow(waiting);
      page.awaitCallback(paid, "DELIVERED");
      for (int[] size : new int[][] {{1440, 1000}, {1280, 900}, {1024, 768}}) {
        browser.resize(size[0], size[1]);
        page.awaitViewportWidth(size[0]);

        assertThat(page.tablesScrollingSideways()).as("%d px wide", size[0]).isEmpty();
      }
    }
  }

  @Test
  void labelsEveryFieldAndMakesEveryClickTargetANamedButton() {
    try (CallbackReceiver receiver = new CallbackReceiver(vertx)) {
      String paid = sandbox.requestToPay(PAYER, "20", "Paid", receiver.url());
      sandbox.control("POST", "/_sim/transactions/" + paid + "/approve", null);
      String waiting = sandbox.requestToPay(PAYER, "10", "Waiting");
      sandbox.createPayment(waiting, PAYER, "10", "Twice", null);
      DashboardPage dashboard = DashboardPage.open(browser, sandbox.dashboardUrl());
      dashboard.choosePayer(PAYER);
      dashboard.awaitPrompt(waiting);
      dashboard.awaitCallback(paid, "DELIVERED");
      dashboard.awaitRefusal("RESOURCE_ALREADY_EXIST");

      assertThat(dashboard.accessibilityProblems()).as("dashboard").isEmpty();

      DashboardPage phone = DashboardPage.open(browser, sandbox.phoneUrl(PAYER));
      phone.awaitPrompt(waiting);
      assertThat(phone.accessibilityProblems()).as("phone page").isEmpty();
    }
  }

  @Test
  void aPageRefusedByTheListenerCapShowsWhatHappenedMeanwhileOnceItGetsIn() throws IOException {
    sandbox.close();
    sandbox = Sandbox.manual(vertx, "{\"events\":{\"maxSubscribers\":1}}");
    DashboardPage page;
    String ref;
    try (Socket holder = new Socket("127.0.0.1", URI.create(sandbox.baseUrl()).getPort())) {
      holder
          .getOutputStream()
          .write("GET /_sim/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(UTF_8));
      eventually(sandbox::eventListeners, count -> count == 1);
      page = DashboardPage.openRefused(browser, sandbox.dashboardUrl());

      ref = sandbox.requestToPay(PAYER, "60", "While refused");
    }

    page.awaitLive();
    page.awaitStatus(ref, "PENDING");
    assertThat(page.cell(ref, "amount")).isEqualTo("EUR 60");
    assertThat(page.notReloaded()).isTrue();
  }

  @Test
  void aPageToldToResyncReconnectsReloadsAndStaysLive() {
    DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());

    JsonObject resync = sandbox.control("POST", "/_sim/events/resync", null);
    String meanwhile = sandbox.requestToPay(PAYER, "70", "During the resync");

    assertThat(resync.getInteger("dropped")).isEqualTo(1);
    eventually(sandbox::eventListeners, count -> count == 1);
    page.awaitLive();
    page.awaitStatus(meanwhile, "PENDING");
    String after = sandbox.requestToPay(PAYER, "80", "After the resync");
    page.awaitStatus(after, "PENDING");
    assertThat(page.notReloaded()).isTrue();
  }

  /** Polls the supplier until the value passes, for at most {@link Browser#WAIT}. */
  private static <T> T eventually(Supplier<T> supplier, Predicate<T> done) {
    return Browser.await(
        "a condition on the simulator",
        () -> {
          T value = supplier.get();
          return done.test(value) ? value : null;
        });
  }
}

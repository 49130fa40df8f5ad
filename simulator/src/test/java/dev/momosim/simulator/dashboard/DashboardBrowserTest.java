package dev.momosim.simulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The dashboard in real headless Chromium against a real simulator: payments appear and change
 * without reloads, the payer phone decides them, the clock expires them, journals explain them.
 */
@ExtendWith(VertxExtension.class)
class DashboardBrowserTest {
  private static final String PAYER = "256770000001";

  private Vertx vertx;
  private Sandbox sandbox;
  private Browser browser;

  @BeforeEach
  void start(Vertx vertx) {
    Browser.assumeInstalled();
    this.vertx = vertx;
    sandbox = Sandbox.manual(vertx);
    browser = Browser.open();
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

  @Test
  void showsARequestToPayAsItArrivesWithoutReloading() {
    DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());

    String ref = sandbox.requestToPay(PAYER, "100", "Order 1");

    page.awaitStatus(ref, "PENDING");
    assertThat(page.cell(ref, "product")).containsIgnoringCase("collection").contains("requesttopay");
    assertThat(page.cell(ref, "party")).contains(PAYER);
    assertThat(page.cell(ref, "amount")).isEqualTo("EUR 100");
    assertThat(page.cell(ref, "status")).isEqualTo("PENDING");
    assertThat(page.cell(ref, "ref")).isEqualTo(ref);
    assertThat(page.cell(ref, "age")).matches("\\d+s");
    assertThat(page.notReloaded()).isTrue();
    assertThat(page.announcement()).hasValueSatisfying(text -> assertThat(text).contains("PENDING"));
  }

  @Test
  void approvingOnThePayerPhoneMakesTheStatusGetSuccessfulAndSendsTheCallback() {
    try (CallbackReceiver receiver = new CallbackReceiver(vertx)) {
      DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
      String ref = sandbox.requestToPay(PAYER, "250", "Order 2", receiver.url());
      page.choosePayer(PAYER);
      assertThat(page.awaitPrompt(ref).getText()).contains("EUR").contains("250").contains("Order 2");
      assertThat(page.awaitCountdown(ref)).matches("[45]:\\d\\d");

      page.approve(ref);

      page.awaitStatus(ref, "SUCCESSFUL");
      page.awaitNoPrompt(ref);
      assertThat(page.awaitRecent(ref).getText()).contains("Paid");
      JsonObject status = eventually(() -> sandbox.status(ref), json -> "SUCCESSFUL".equals(json.getString("status")));
      assertThat(status.getString("financialTransactionId")).isNotBlank();
      JsonObject callback = eventually(() -> receiver.received().stream().findFirst().orElse(null),
          json -> json != null);
      assertThat(callback.getString("status")).isEqualTo("SUCCESSFUL");
      assertThat(callback.getString("externalId")).isEqualTo("order-" + ref.substring(0, 4));
      assertThat(page.awaitCallback(ref, "DELIVERED").getText()).contains(receiver.url());
    }
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
    try (Browser handset = Browser.open(390, 844, 1.0)) {
      DashboardPage phone = DashboardPage.open(handset, sandbox.phoneUrl(PAYER));

      String ref = sandbox.requestToPay(PAYER, "1250.5", "Groceries");
      dashboard.awaitStatus(ref, "PENDING");
      assertThat(phone.awaitPrompt(ref).getText()).contains("1,250.50").contains("Groceries");

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

    var refusal = page.awaitRefusal("RESOURCE_ALREADY_EXIST");

    assertThat(refusal.getText()).contains("X-Reference-Id was used before");
    String details = refusal.findElement(org.openqa.selenium.By.tagName("details")).getAttribute("textContent");
    assertThat(details).contains("Bearer <redacted>").doesNotContain(Sandbox.SUBSCRIPTION_KEY);
  }

  @Test
  void switchesTheApprovalModeAndShowsTheRules() {
    DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
    assertThat(page.approvalModeChecked("Manual")).isTrue();
    assertThat(page.ruleNames()).anySatisfy(name -> assertThat(name).contains("46733123453"));

    page.chooseApprovalMode("Auto");

    eventually(() -> sandbox.control("GET", "/_sim/approval-mode", null).getString("mode"), "AUTO"::equals);
    String ref = sandbox.requestToPay(PAYER, "5", "Auto");
    page.awaitStatus(ref, "SUCCESSFUL");
  }

  /** Polls the supplier until the value passes, for at most {@link Browser#WAIT}. */
  private static <T> T eventually(Supplier<T> supplier, java.util.function.Predicate<T> done) {
    return new FluentWait<>(supplier)
        .withTimeout(Browser.WAIT)
        .pollingEvery(Duration.ofMillis(100))
        .ignoring(IllegalStateException.class)
        .until(s -> {
          T value = s.get();
          return done.test(value) ? value : null;
        });
  }
}

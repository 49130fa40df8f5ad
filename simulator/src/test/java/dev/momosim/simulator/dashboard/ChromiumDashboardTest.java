package dev.momosim.simulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every dashboard scenario in headless Chromium, and one that only Chromium can be driven through:
 * Firefox does not activate a focused button on a key event sent by automation (a known limit of
 * its remote agent, not of the page), so approving by keyboard alone is checked here.
 */
class ChromiumDashboardTest extends DashboardScenarios {
  ChromiumDashboardTest() {
    super(BrowserKind.CHROMIUM);
  }

  @Test
  void approvesWithTheKeyboardAloneOnThePhonePage() {
    String ref = sandbox().requestToPay(PAYER, "30", "Keyboard");
    DashboardPage phone = DashboardPage.open(browser(), sandbox().phoneUrl(PAYER));
    phone.awaitPrompt(ref);

    phone.tabTo(DashboardPage.approveButton(ref));
    phone.pressEnter();

    phone.awaitNoPrompt(ref);
    assertThat(
            Browser.await(
                "the payment to succeed",
                () -> "SUCCESSFUL".equals(sandbox().status(ref).getString("status"))))
        .isTrue();
  }
}

package dev.momosim.simulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.behaviour.ApprovalMode;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: the dashboard of a simulator that requires the admin token, opened in headless Chromium
 * from the link {@code serve} prints. The link's token becomes an HttpOnly cookie, the address bar
 * loses the token, and the page's reads, its event stream and its changes work with the cookie,
 * also when the link was followed from another site (whose navigation a SameSite=Strict cookie
 * would not follow through a plain redirect).
 */
@ExtendWith(VertxExtension.class)
class TokenLinkBrowserTest {
  private static final String TOKEN = "browser-test-admin-token-0123456789";

  private MomoSimulator simulator;
  private Browser browser;

  @BeforeEach
  void start(Vertx vertx) {
    BrowserKind.CHROMIUM.assumeInstalled();
    simulator =
        Sandbox.await(
            MomoSimulator.start(
                vertx, SimulatorConfig.defaults().withAdminToken(TOKEN).withPort(0)));
    browser = BrowserKind.CHROMIUM.open();
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (simulator != null) {
      Sandbox.await(simulator.close());
    }
  }

  @Test
  void theLinkLogsTheDashboardInAndItsChangesWork() {
    DashboardPage page = DashboardPage.open(browser, link());

    assertLoggedInWithoutTokenInView();
    page.chooseApprovalMode("MANUAL");
    Browser.await(
        "the approval mode to change",
        () -> Sandbox.await(simulator.control().approvalMode()) == ApprovalMode.MANUAL);
  }

  @Test
  void theLinkWorksWhenFollowedFromAnotherSite() {
    String other =
        "data:text/html,"
            + URLEncoder.encode(
                    "<a id=\"go\" href=\"" + link() + "\">dashboard</a>", StandardCharsets.UTF_8)
                .replace("+", "%20");
    browser.open(other);
    browser.click("#go");

    DashboardPage page = DashboardPage.await(browser);
    assertLoggedInWithoutTokenInView();
    assertThat(page.notReloaded()).isTrue();
  }

  private void assertLoggedInWithoutTokenInView() {
    assertThat((String) browser.run("return location.href;"))
        .isEqualTo(simulator.baseUrl() + "/_sim/ui/");
    assertThat((String) browser.run("return document.cookie;")).doesNotContain(TOKEN);
    assertThat((String) browser.run("return document.body.innerText;")).doesNotContain(TOKEN);
  }

  private String link() {
    return simulator.baseUrl() + "/_sim/ui/?token=" + TOKEN;
  }
}

package dev.momosim.simulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Takes the README's pictures, {@code dashboard.png} and {@code phone.png}, from a simulator with a
 * few payments in every state, in each browser, and checks that each shows what the README says it
 * does: the page says so at the moment it is taken (every payment in its state, the phone's prompt,
 * the delivered callback, the refused duplicate, nothing focused), the picture covers the whole
 * page, and each of those elements is drawn inside it. The pictures go to {@code
 * simulator/target/screenshots/BROWSER/}; run with {@code -Dmomo.screenshots.update=true} to
 * refresh the committed Chromium copies in {@code docs/}.
 */
@ExtendWith(VertxExtension.class)
class DashboardScreenshotsTest {
  private static final boolean UPDATE_DOCS = Boolean.getBoolean("momo.screenshots.update");
  private static final Path DOCS =
      Path.of(
              System.getProperty(
                  "maven.multiModuleProjectDirectory",
                  Path.of("").toAbsolutePath().getParent().toString()))
          .resolve("docs");

  private Vertx vertx;
  private Sandbox sandbox;

  @BeforeEach
  void start(Vertx vertx) {
    this.vertx = vertx;
    sandbox = Sandbox.manual(vertx);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @ParameterizedTest
  @EnumSource(BrowserKind.class)
  void picturesTheDashboardWithPaymentsInEveryState(BrowserKind kind) throws IOException {
    kind.assumeInstalled();
    try (CallbackReceiver receiver = new CallbackReceiver(vertx);
        Browser browser = kind.open(1440, 1180, 1.0)) {
      String paid =
          sandbox.requestToPay("256770000002", "2500.5", "Coffee beans x2", receiver.url());
      sandbox.control("POST", "/_sim/transactions/" + paid + "/approve", null);
      String rejected = sandbox.requestToPay("256770000003", "15", "Bus ticket", receiver.url());
      sandbox.control("POST", "/_sim/transactions/" + rejected + "/reject", null);
      String pending = sandbox.requestToPay("256770000001", "42", "Order 1", receiver.url());
      String waiting = sandbox.requestToPay("256770000001", "100", "Order 2", receiver.url());
      sandbox.createPayment(waiting, "256770000001", "100", "Order 2", null);

      DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
      page.choosePayer("256770000001");
      page.awaitStatus(paid, "SUCCESSFUL");
      page.awaitStatus(rejected, "FAILED");
      page.awaitStatus(pending, "PENDING");
      page.awaitStatus(waiting, "PENDING");
      assertThat(page.awaitPrompt(waiting)).contains("EUR").contains("Order 2");
      assertThat(page.awaitCallback(rejected, "DELIVERED")).contains(receiver.url());
      assertThat(page.awaitRefusal("RESOURCE_ALREADY_EXIST").text())
          .contains("X-Reference-Id was used before");

      Picture picture = save(kind, browser, page, "dashboard.png");
      picture.shows("the successful payment", page.box(DashboardPage.paymentRow(paid)));
      picture.shows("the rejected payment", page.box(DashboardPage.paymentRow(rejected)));
      picture.shows("the pending payment", page.box(DashboardPage.paymentRow(pending)));
      picture.shows("the waiting payment", page.box(DashboardPage.paymentRow(waiting)));
      picture.shows("the phone's prompt", page.box(DashboardPage.promptOf(waiting)));
      picture.shows("the delivered callback", page.box(DashboardPage.callbackRowsOf(rejected)));
      picture.shows("the refused duplicate", page.box("#requests li.refused"));
    }
  }

  @ParameterizedTest
  @EnumSource(BrowserKind.class)
  void picturesThePayerPhoneWithARequestWaiting(BrowserKind kind) throws IOException {
    kind.assumeInstalled();
    try (Browser browser = kind.open(540, 760, 2.0)) {
      String waiting = sandbox.requestToPay("256770000001", "1250.5", "Groceries at Kampala Fresh");
      JsonObject view = sandbox.control("GET", "/_sim/transactions/" + waiting, null);
      assertThat(view.getString("status")).isEqualTo("PENDING");

      DashboardPage page = DashboardPage.open(browser, sandbox.phoneUrl("256770000001"));
      assertThat(page.awaitPrompt(waiting))
          .contains("1,250.50")
          .contains("Groceries at Kampala Fresh");
      page.awaitCountdown(waiting);

      Picture picture = save(kind, browser, page, "phone.png");
      picture.shows("the prompt", page.box(DashboardPage.promptOf(waiting)));
      picture.shows("the approve button", page.box(DashboardPage.approveButton(waiting)));
      picture.shows("the countdown", page.box(DashboardPage.promptOf(waiting) + " .countdown"));
    }
  }

  /**
   * Takes the whole page with nothing focused, checks the picture covers it, and saves it;
   * Chromium's copies are the README's pictures.
   */
  private static Picture save(BrowserKind kind, Browser browser, DashboardPage page, String name)
      throws IOException {
    browser.run("document.activeElement && document.activeElement.blur();");
    assertThat(page.focusedElementTag()).as("the focused element").isEqualTo("body");
    byte[] png = browser.screenshotOfWholePage();
    Picture picture = Picture.of(png, page.devicePixelRatio());
    picture.coversThePage(page.documentBox());
    Path local = Files.createDirectories(Path.of("target", "screenshots", kind.id())).resolve(name);
    Files.write(local, png);
    if (UPDATE_DOCS && kind == BrowserKind.CHROMIUM) {
      Files.write(Files.createDirectories(DOCS).resolve(name), png);
    }
    return picture;
  }
}

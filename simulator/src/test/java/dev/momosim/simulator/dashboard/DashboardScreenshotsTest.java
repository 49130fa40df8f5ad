package dev.momosim.simulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Takes the README's pictures, {@code dashboard.png} and {@code phone.png}, from a simulator with a few
 * payments in every state. They go to {@code simulator/target/screenshots/}; run with
 * {@code -Dmomo.screenshots.update=true} to refresh the committed copies in {@code docs/}.
 */
@ExtendWith(VertxExtension.class)
class DashboardScreenshotsTest {
  private static final Path DOCS = Boolean.getBoolean("momo.screenshots.update")
      ? Path.of(System.getProperty("maven.multiModuleProjectDirectory",
          Path.of("").toAbsolutePath().getParent().toString())).resolve("docs")
      : Path.of("target", "screenshots");

  private Vertx vertx;
  private Sandbox sandbox;

  @BeforeEach
  void start(Vertx vertx) {
    Browser.assumeInstalled();
    this.vertx = vertx;
    sandbox = Sandbox.manual(vertx);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void picturesTheDashboardWithPaymentsInEveryState() throws IOException {
    try (CallbackReceiver receiver = new CallbackReceiver(vertx); Browser browser = Browser.open(1440, 1180, 1.0)) {
      String paid = sandbox.requestToPay("256770000002", "2500.5", "Coffee beans x2", receiver.url());
      sandbox.control("POST", "/_sim/transactions/" + paid + "/approve", null);
      String rejected = sandbox.requestToPay("256770000003", "15", "Bus ticket", receiver.url());
      sandbox.control("POST", "/_sim/transactions/" + rejected + "/reject", null);
      sandbox.requestToPay("256770000001", "42", "Order 1", receiver.url());
      String waiting = sandbox.requestToPay("256770000001", "100", "Order 2", receiver.url());
      sandbox.createPayment(waiting, "256770000001", "100", "Order 2", null);

      DashboardPage page = DashboardPage.open(browser, sandbox.dashboardUrl());
      page.choosePayer("256770000001");
      page.awaitPrompt(waiting);
      page.awaitCallback(rejected, "DELIVERED");
      page.awaitRefusal("RESOURCE_ALREADY_EXIST");

      save(browser, "dashboard.png");
    }
  }

  @Test
  void picturesThePayerPhoneWithARequestWaiting() throws IOException {
    try (Browser browser = Browser.open(540, 760, 2.0)) {
      String waiting = sandbox.requestToPay("256770000001", "1250.5", "Groceries at Kampala Fresh");
      JsonObject view = sandbox.control("GET", "/_sim/transactions/" + waiting, null);
      assertThat(view.getString("status")).isEqualTo("PENDING");

      DashboardPage page = DashboardPage.open(browser, sandbox.phoneUrl("256770000001"));
      page.awaitCountdown(waiting);

      save(browser, "phone.png");
    }
  }

  /** Saves the whole page: the window is first made as tall as the page, and nothing has focus. */
  private static void save(Browser browser, String name) throws IOException {
    browser.script("document.activeElement && document.activeElement.blur();");
    int width = browser.driver().manage().window().getSize().getWidth();
    browser.await(driver -> {
      int page = ((Number) browser.script("return Math.ceil(document.documentElement.getBoundingClientRect().height);")).intValue();
      int viewport = ((Number) browser.script("return window.innerHeight;")).intValue();
      if (viewport >= page) {
        return true;
      }
      driver.manage().window().setSize(new Dimension(width, driver.manage().window().getSize().getHeight() + page - viewport));
      return false;
    });
    Path shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(DOCS);
    Files.copy(shot, DOCS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(DOCS.resolve(name))).isGreaterThan(10_000);
  }
}

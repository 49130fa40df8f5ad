package dev.momosim.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SandboxCredentials;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's demo in headless Chromium: the shop page in one tab, the simulator's payer phone in
 * another. A customer pays, approves on the phone, and the page says paid with the seller paid;
 * then pays again, rejects, and reads the friendly message. The picture of the shop page beside the
 * phone, taken while the phone prompts, goes to {@code target/screenshots/shop-demo.png}; with
 * {@code -Dmomo.screenshots.update=true} also to {@code docs/images/shop-demo.png}.
 */
@MomoSimulatorTest
class ShopBrowserTest {
  private static final String PAYER = "256770000001";
  private static final Pattern REF = Pattern.compile("Payment ([0-9a-f-]{36})");
  private static final boolean UPDATE_DOCS = Boolean.getBoolean("momo.screenshots.update");

  private final SandboxCredentials sandbox;
  private final Sim sim;
  private EmbeddedShop shop;

  ShopBrowserTest(SandboxCredentials sandbox, SimulatorControl control) {
    this.sandbox = sandbox;
    this.sim = new Sim(control);
  }

  @BeforeEach
  void start() {
    ChromiumTabs.assumeInstalled();
    sim.customerApprovesOnThePhone();
    sim.setBalance("MSISDN:256784558222", "1000");
    shop = EmbeddedShop.start(sandbox);
  }

  @AfterEach
  void stop() {
    if (shop != null) {
      shop.close();
    }
  }

  @Test
  void aCustomerPaysOnTheShopPageApprovesOnThePhoneThenRejectsASecondOrder() throws IOException {
    try (ChromiumTabs browser = ChromiumTabs.open(460, 880)) {
      browser.load(shop.url() + "/", sandbox.baseUrl() + "/_sim/ui/phone/" + PAYER);

      browser.onShop();
      browser.type("#phone", PAYER);
      browser.run(
          "const s = document.getElementById('product'); s.value = '2';"
              + " s.dispatchEvent(new Event('change'));");
      browser.type("#qty", "1");
      browser.click("#pay");
      assertThat(ChromiumTabs.await("the page to ask for approval", () -> waiting(browser)))
          .isEqualTo("Approve on your phone");
      String ref = reference(browser);
      byte[] shopPicture = browser.screenshot();

      browser.onPhone();
      String prompt = "#phone .prompt[data-ref='" + ref + "']";
      assertThat(ChromiumTabs.await("the phone to prompt", () -> browser.text(prompt)))
          .contains("1 x Product 2");
      byte[] phonePicture = browser.screenshot();
      browser.click(prompt + " button.btn-approve");

      browser.onShop();
      ChromiumTabs.await(
          "the page to say paid", () -> "success".equals(browser.run(state())) ? true : null);
      assertThat(browser.text("#status-title")).isEqualTo("Paid");
      assertThat(browser.text("#status-message")).isEqualTo(FriendlyMessages.ALL_DONE);
      assertThat(browser.text("#payout-line")).contains("SUCCESSFUL");
      assertThat(sim.balance("MSISDN:256784558222")).isEqualByComparingTo(new BigDecimal("2600"));

      browser.click("#pay");
      ChromiumTabs.await("the page to ask again", () -> waiting(browser));
      String second = reference(browser);
      assertThat(second).isNotEqualTo(ref);
      browser.onPhone();
      String secondPrompt = "#phone .prompt[data-ref='" + second + "'] button.btn-reject";
      ChromiumTabs.await("the phone to prompt again", () -> browser.text(secondPrompt));
      browser.click(secondPrompt);

      browser.onShop();
      ChromiumTabs.await(
          "the page to say not paid", () -> "failure".equals(browser.run(state())) ? true : null);
      assertThat(browser.text("#status-message"))
          .isEqualTo(FriendlyMessages.paymentFailed("APPROVAL_REJECTED"));
      assertThat(browser.text("#payout-line")).isEmpty();

      // A changed form is a new order: the page must not send the old order id with it.
      Object orderId = browser.run("return orderId;");
      browser.type("#qty", "2");
      assertThat(browser.run("return orderId;")).isNotNull().isNotEqualTo(orderId);

      saveSideBySide(shopPicture, phonePicture);
    }
  }

  private static String state() {
    return "return document.getElementById('status').dataset.state;";
  }

  private static String waiting(ChromiumTabs browser) {
    return "waiting".equals(browser.run(state()))
            && browser.text("#payment-line").contains("PENDING")
        ? browser.text("#status-title")
        : null;
  }

  private static String reference(ChromiumTabs browser) {
    Matcher matcher = REF.matcher(browser.text("#payment-line"));
    assertThat(matcher.find()).as("the page shows the payment's reference id").isTrue();
    return matcher.group(1);
  }

  /** The shop page and the phone, side by side on a light background. */
  private static void saveSideBySide(byte[] left, byte[] right) throws IOException {
    BufferedImage a = ImageIO.read(new ByteArrayInputStream(left));
    BufferedImage b = ImageIO.read(new ByteArrayInputStream(right));
    int gap = 24;
    BufferedImage both =
        new BufferedImage(
            a.getWidth() + b.getWidth() + 3 * gap,
            Math.max(a.getHeight(), b.getHeight()) + 2 * gap,
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = both.createGraphics();
    g.setColor(new Color(0xe9, 0xeb, 0xef));
    g.fillRect(0, 0, both.getWidth(), both.getHeight());
    g.drawImage(a, gap, gap, null);
    g.drawImage(b, 2 * gap + a.getWidth(), gap, null);
    g.dispose();
    Path target =
        Files.createDirectories(Path.of("target", "screenshots")).resolve("shop-demo.png");
    ImageIO.write(both, "png", target.toFile());
    if (UPDATE_DOCS) {
      Path docs =
          Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../.."))
              .resolve("docs/images");
      Files.copy(
          target,
          Files.createDirectories(docs).resolve("shop-demo.png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

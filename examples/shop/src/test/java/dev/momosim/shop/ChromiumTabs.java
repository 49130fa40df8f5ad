package dev.momosim.shop;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) with two tabs, the shop page and the
 * payer phone, driven from the test thread. Same flags and fresh profile as the simulator's
 * dashboard tests. A missing browser skips the test, unless {@value #REQUIRE} is set (CI sets it):
 * then it fails.
 */
final class ChromiumTabs implements AutoCloseable {
  static final String REQUIRE = "MOMO_SIM_REQUIRE_CHROMIUM";
  static final Duration WAIT = Duration.ofSeconds(30);
  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path home;
  private final String shopTab;
  private String phoneTab;

  private ChromiumTabs(ChromeDriver driver, Path home) {
    this.driver = driver;
    this.home = home;
    this.shopTab = driver.getWindowHandle();
  }

  /** Skips (or, with {@value #REQUIRE} set, fails) when Chromium or its driver is missing. */
  static void assumeInstalled() {
    boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    String why =
        "Chromium is not installed (apt-get install -y chromium chromium-driver; .ci/run does"
            + " this in CI)";
    if (!installed && System.getenv(REQUIRE) != null) {
      fail(why + ", but " + REQUIRE + " is set");
    }
    assumeTrue(installed, "Skipping browser test: " + why);
  }

  static ChromiumTabs open(int width, int height) throws IOException {
    Path home = Files.createTempDirectory("momo-shop-chromium");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(
                Map.of(
                    "XDG_CONFIG_HOME", dir(home, "config"),
                    "XDG_CACHE_HOME", dir(home, "cache")))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + dir(home, "profile"),
            "--window-size=" + width + "," + height,
            "--force-device-scale-factor=1",
            "--hide-scrollbars",
            "--lang=en-US"));
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, height));
    return new ChromiumTabs(driver, home);
  }

  /** Loads the shop page in the first tab and the phone page in a second. */
  void load(String shopUrl, String phoneUrl) {
    driver.switchTo().window(shopTab);
    driver.get(shopUrl);
    driver.switchTo().newWindow(WindowType.TAB);
    phoneTab = driver.getWindowHandle();
    driver.get(phoneUrl);
  }

  void onShop() {
    driver.switchTo().window(shopTab);
  }

  void onPhone() {
    driver.switchTo().window(phoneTab);
  }

  void click(String css) {
    driver.findElement(By.cssSelector(css)).click();
  }

  void type(String css, String text) {
    var field = driver.findElement(By.cssSelector(css));
    field.clear();
    field.sendKeys(text);
  }

  /** Runs a script in the current tab; it may {@code return} a value. */
  Object run(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The visible text of the first element matching the selector, or null. */
  String text(String css) {
    Object text =
        run(
            "const el = document.querySelector(arguments[0]);"
                + " return el && !el.hidden && el.offsetParent !== null ? el.innerText : null;",
            css);
    return text == null ? null : text.toString();
  }

  byte[] screenshot() {
    return driver.getScreenshotAs(OutputType.BYTES);
  }

  /** Polls the condition until it gives something other than null or false. */
  static <T> T await(String what, Supplier<T> condition) {
    try {
      return Awaitility.await(what)
          .atMost(WAIT)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(50))
          .pollInSameThread()
          .until(condition::get, value -> value != null && !Boolean.FALSE.equals(value));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what, e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> paths = Files.walk(home)) {
        paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException ignored) {
        // a temp dir left behind is harmless
      }
    }
  }

  private static String dir(Path home, String name) {
    try {
      return Files.createDirectories(home.resolve(name)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

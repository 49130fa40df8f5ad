package dev.momosim.simulator.dashboard;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) through Selenium, with a fresh profile
 * and fresh XDG directories, so nothing leaks between tests.
 */
final class Chromium implements Browser {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path home;

  private Chromium(ChromeDriver driver, Path home) {
    this.driver = driver;
    this.home = home;
  }

  static boolean installed() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  static Chromium open(int width, int height, double scale) {
    Path home;
    try {
      home = Files.createTempDirectory("momo-sim-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriver driver = null;
    boolean started = false;
    try {
      driver = new ChromeDriver(service(home), options(home, width, height, scale));
      driver.manage().window().setSize(new Dimension(width, height));
      started = true;
      return new Chromium(driver, home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (!started) {
        if (driver != null) {
          driver.quit();
        }
        TempDirs.deleteQuietly(home);
      }
    }
  }

  private static ChromeDriverService service(Path home) throws IOException {
    return new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .withEnvironment(
            Map.of(
                "XDG_CONFIG_HOME", TempDirs.create(home, "config"),
                "XDG_CACHE_HOME", TempDirs.create(home, "cache")))
        .build();
  }

  private static ChromeOptions options(Path home, int width, int height, double scale)
      throws IOException {
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
            "--user-data-dir=" + TempDirs.create(home, "profile"),
            "--window-size=" + width + "," + height,
            "--force-device-scale-factor=" + scale,
            "--hide-scrollbars",
            "--lang=en-US"));
    return options;
  }

  @Override
  public void open(String url) {
    driver.get(url);
  }

  @Override
  public Object run(String functionBody, Object... args) {
    Object json =
        driver.executeScript(
            "return JSON.stringify((function() {"
                + functionBody
                + "\n})"
                + ".apply(null, JSON.parse(arguments[0])));",
            new JsonArray(List.of(args)).encode());
    return json == null ? null : Json.decodeValue((String) json);
  }

  @Override
  public void click(String css) {
    WebElement element = driver.findElement(By.cssSelector(css));
    driver.executeScript(
        "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
    element.click();
  }

  /**
   * Clicks into the field, selects what it holds with Ctrl+A, deletes it, then types: as a person
   * does.
   */
  @Override
  public void type(String css, String text) {
    click(css);
    new Actions(driver)
        .keyDown(Keys.CONTROL)
        .sendKeys("a")
        .keyUp(Keys.CONTROL)
        .sendKeys(Keys.BACK_SPACE)
        .sendKeys(text)
        .perform();
  }

  @Override
  public void press(String key) {
    new Actions(driver).sendKeys(key).perform();
  }

  @Override
  public void select(String css, String value) {
    new Select(driver.findElement(By.cssSelector(css))).selectByValue(value);
  }

  @Override
  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Makes the window as tall as the page first: Chromium captures only the window. */
  @Override
  public byte[] screenshotOfWholePage() {
    Browser.await(
        "the window to be as tall as the page",
        () -> {
          int page =
              ((Number)
                      run(
                          "return Math.ceil(document.documentElement.getBoundingClientRect().height);"))
                  .intValue();
          int viewport = ((Number) run("return window.innerHeight;")).intValue();
          if (viewport >= page) {
            return true;
          }
          Dimension size = driver.manage().window().getSize();
          driver
              .manage()
              .window()
              .setSize(new Dimension(size.getWidth(), size.getHeight() + page - viewport));
          return false;
        });
    return driver.getScreenshotAs(OutputType.BYTES);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      TempDirs.deleteQuietly(home);
    }
  }
}

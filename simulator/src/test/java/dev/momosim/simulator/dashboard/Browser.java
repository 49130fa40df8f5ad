package dev.momosim.simulator.dashboard;

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
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session (Debian's chromium and chromium-driver) with a fresh profile and
 * fresh XDG directories, so nothing leaks between tests. Close it in {@code @AfterEach}.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Duration WAIT = Duration.ofSeconds(30); // generous: CI machines are shared and slow at times

  private final ChromeDriver driver;
  private final Path home;

  private Browser(ChromeDriver driver, Path home) {
    this.driver = driver;
    this.home = home;
  }

  /** Skips the calling test, with the reason, when Chromium or its driver is not installed. */
  static void assumeInstalled() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Skipping browser test: " + CHROMIUM + " or " + CHROMEDRIVER + " is not installed "
            + "(apt-get install -y chromium chromium-driver; .ci/run does this in CI).");
  }

  /** A desktop-sized window. */
  static Browser open() {
    return open(1440, 1000, 1.0);
  }

  static Browser open(int width, int height, double scale) {
    assumeInstalled();
    try {
      Path home = Files.createTempDirectory("momo-sim-chromium");
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort()
          .withEnvironment(Map.of(
              "XDG_CONFIG_HOME", dir(home, "config"),
              "XDG_CACHE_HOME", dir(home, "cache")))
          .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
          "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--user-data-dir=" + dir(home, "profile"),
          "--window-size=" + width + "," + height, "--force-device-scale-factor=" + scale,
          "--hide-scrollbars", "--lang=en-US"));
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(width, height));
      return new Browser(driver, home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String dir(Path home, String name) throws IOException {
    return Files.createDirectories(home.resolve(name)).toString();
  }

  WebDriver driver() {
    return driver;
  }

  /** Waits up to {@link #WAIT} for the condition to give a non-null, non-false value. */
  <T> T await(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).until(condition);
  }

  Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(home);
    }
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException ignored) {
      // a temp dir left behind is harmless
    }
  }
}

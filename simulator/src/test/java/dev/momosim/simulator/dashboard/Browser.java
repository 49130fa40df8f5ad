package dev.momosim.simulator.dashboard;

import java.time.Duration;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real headless browser driven by a test: {@link Chromium} through chromedriver, {@link Firefox}
 * through WebDriver BiDi. Pages are read with scripts that return JSON, and acted on with real
 * pointer and key events, so the same scenario runs unchanged in both. Close it in
 * {@code @AfterEach}. Not thread-safe: one test thread drives it.
 */
interface Browser extends AutoCloseable {
  /** Generous: CI machines are shared and slow at times. */
  Duration WAIT = Duration.ofSeconds(30);

  /** Loads the address and returns once the document has loaded. */
  void open(String url);

  /**
   * Runs {@code functionBody} as the body of a function in the page, with {@code args} (JSON
   * values) as its arguments, and returns what it returns as a JSON value: {@code null}, Boolean,
   * Number, String, JsonArray or JsonObject.
   */
  Object run(String functionBody, Object... args);

  /** Scrolls the first element matching the CSS selector into view and clicks its centre. */
  void click(String css);

  /** Empties the field matching the CSS selector, then types the text into it key by key. */
  void type(String css, String text);

  /**
   * Presses one key (a WebDriver key code such as {@link #ENTER} or {@link #TAB}) where focus is.
   */
  void press(String key);

  /** Chooses the option with this value in the select matching the CSS selector. */
  void select(String css, String value);

  /** Gives the page a viewport of this size in CSS pixels, as a window resized by hand does. */
  void resize(int width, int height);

  /** A PNG of the whole document, not only the part in the window. */
  byte[] screenshotOfWholePage();

  @Override
  void close();

  String ENTER = "\uE007";
  String TAB = "\uE004";

  /**
   * Polls the condition until it gives something other than {@code null} or {@code false}, for at
   * most {@link #WAIT}; fails with {@code what} in the message.
   */
  static <T> T await(String what, Supplier<T> condition) {
    try {
      return Awaitility.await(what)
          .atMost(WAIT)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(50))
          // The browser is driven from the test thread only.
          .pollInSameThread()
          // Sandbox calls throw IllegalStateException when one attempt fails or times out: try
          // again.
          .ignoreExceptionsInstanceOf(IllegalStateException.class)
          .until(condition::get, value -> value != null && !Boolean.FALSE.equals(value));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what, e);
    }
  }
}

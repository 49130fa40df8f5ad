package dev.momosim.simulator.dashboard;

import dev.momosim.simulator.dashboard.BiDiConnection.BiDiException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Firefox (Debian's firefox-esr) driven over WebDriver BiDi, which Firefox serves itself:
 * no geckodriver, which Debian does not package. A fresh profile and home per instance.
 */
final class Firefox implements Browser {
  private static final List<Path> BINARIES =
      List.of(Path.of("/usr/bin/firefox-esr"), Path.of("/usr/bin/firefox"));
  private static final Pattern LISTENING =
      Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");

  /** Quiet, offline, English: no first-run pages, updates, telemetry or remote settings. */
  private static final Map<String, Object> PREFERENCES =
      Map.of(
          "browser.shell.checkDefaultBrowser", false,
          "browser.startup.homepage_override.mstone", "ignore",
          "datareporting.policy.dataSubmissionEnabled", false,
          "app.update.disabledForTesting", true,
          "network.captive-portal-service.enabled", false,
          "network.connectivity-service.enabled", false,
          "messaging-system.rsexperimentloader.enabled", false,
          "services.settings.server", "http://127.0.0.1:9/remote-settings-off",
          "intl.accept_languages", "en-US",
          "intl.locale.requested", "en-US");

  private final Process process;
  private final BiDiConnection bidi;
  private final String context;
  private final Path home;

  private Firefox(Process process, BiDiConnection bidi, String context, Path home) {
    this.process = process;
    this.bidi = bidi;
    this.context = context;
    this.home = home;
  }

  static Optional<Path> binary() {
    return BINARIES.stream().filter(Files::isExecutable).findFirst();
  }

  static boolean installed() {
    return binary().isPresent();
  }

  static Firefox open(int width, int height, double scale) {
    Path home;
    try {
      home = Files.createTempDirectory("momo-sim-firefox");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Process process = null;
    BiDiConnection bidi = null;
    boolean started = false;
    try {
      process = launch(home);
      URI address = URI.create(awaitListening(process, home.resolve("firefox.log")) + "/session");
      bidi = BiDiConnection.connect(address);
      bidi.send("session.new", new JsonObject().put("capabilities", new JsonObject()));
      String context =
          bidi.send("browsingContext.getTree", new JsonObject().put("maxDepth", 0))
              .getJsonArray("contexts")
              .getJsonObject(0)
              .getString("context");
      Firefox firefox = new Firefox(process, bidi, context, home);
      firefox.setViewport(width, height, scale);
      started = true;
      return firefox;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (!started) {
        if (bidi != null) {
          bidi.close();
        }
        if (process != null) {
          kill(process);
        }
        TempDirs.deleteQuietly(home);
      }
    }
  }

  /** Kills Firefox and its content processes, and waits for them, so its profile can be deleted. */
  private static void kill(Process process) {
    try (Stream<ProcessHandle> children = process.descendants()) {
      children.forEach(ProcessHandle::destroyForcibly);
    }
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts Firefox on a fresh profile, listening for WebDriver BiDi on a port of its choosing. */
  private static Process launch(Path home) throws IOException {
    Path profile = Files.createDirectories(home.resolve("profile"));
    Files.writeString(profile.resolve("user.js"), userJs());
    ProcessBuilder builder =
        new ProcessBuilder(
                binary().orElseThrow().toString(),
                "--headless",
                "--no-remote",
                "--profile",
                profile.toString(),
                "--remote-debugging-port",
                "0",
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("firefox.log").toFile());
    builder
        .environment()
        .putAll(
            Map.of(
                "HOME", home.toString(),
                "XDG_CONFIG_HOME", TempDirs.create(home, "config"),
                "XDG_CACHE_HOME", TempDirs.create(home, "cache"),
                "MOZ_CRASHREPORTER_DISABLE", "1"));
    return builder.start();
  }

  private static String userJs() {
    StringBuilder js = new StringBuilder();
    PREFERENCES.forEach(
        (name, value) ->
            js.append("user_pref(\"")
                .append(name)
                .append("\", ")
                .append(value instanceof String ? "\"" + value + "\"" : value)
                .append(");\n"));
    return js.toString();
  }

  /** Firefox prints the address it listens on (the port is its choice) once it is ready. */
  private static String awaitListening(Process process, Path log) {
    return Browser.await(
        "Firefox to announce its WebDriver BiDi address",
        () -> {
          String output = readQuietly(log);
          Matcher listening = LISTENING.matcher(output);
          if (listening.find()) {
            return listening.group(1);
          }
          if (!process.isAlive()) {
            throw new AssertionError(
                "Firefox exited with " + process.exitValue() + " before listening:\n" + output);
          }
          return null;
        });
  }

  private static String readQuietly(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void open(String url) {
    bidi.send(
        "browsingContext.navigate",
        new JsonObject().put("context", context).put("url", url).put("wait", "complete"));
  }

  @Override
  public Object run(String functionBody, Object... args) {
    JsonObject result =
        bidi.send(
            "script.callFunction",
            new JsonObject()
                .put(
                    "functionDeclaration",
                    "function(argsJson) { return JSON.stringify((function() {"
                        + functionBody
                        + "\n}).apply(null, JSON.parse(argsJson))); }")
                .put(
                    "arguments",
                    new JsonArray().add(stringValue(new JsonArray(List.of(args)).encode())))
                .put("target", new JsonObject().put("context", context))
                .put("awaitPromise", false));
    if ("exception".equals(result.getString("type"))) {
      throw new BiDiException(
          "The script threw: " + result.getJsonObject("exceptionDetails").getString("text"));
    }
    JsonObject value = result.getJsonObject("result");
    return "string".equals(value.getString("type"))
        ? Json.decodeValue(value.getString("value"))
        : null;
  }

  @Override
  public void click(String css) {
    JsonObject element = new JsonObject().put("sharedId", locate(css));
    bidi.send(
        "script.callFunction",
        new JsonObject()
            .put(
                "functionDeclaration",
                "function(element) { element.scrollIntoView({block: 'center', inline: 'center'}); }")
            .put("arguments", new JsonArray().add(element))
            .put("target", new JsonObject().put("context", context))
            .put("awaitPromise", false));
    perform(BiDiInput.clickOnCentreOf(element));
  }

  /** Clicks into the field, selects what it holds with Ctrl+A, deletes it, then types. */
  @Override
  public void type(String css, String text) {
    click(css);
    perform(BiDiInput.keyboard(BiDiInput.selectAllAndDelete(), BiDiInput.typing(text)));
  }

  @Override
  public void press(String key) {
    perform(BiDiInput.keyboard(BiDiInput.stroke(key)));
  }

  /**
   * Sets the value and fires the events a person's choice fires, as geckodriver does for options: a
   * headless Firefox draws no drop-down list to click in.
   */
  @Override
  public void select(String css, String value) {
    Object chosen =
        run(
            "const select = document.querySelector(arguments[0]);"
                + "if (![...select.options].some(option => option.value === arguments[1])) return false;"
                + "select.value = arguments[1];"
                + "select.dispatchEvent(new Event('input', {bubbles: true}));"
                + "select.dispatchEvent(new Event('change', {bubbles: true}));"
                + "return true;",
            css,
            value);
    if (!Boolean.TRUE.equals(chosen)) {
      throw new BiDiException(css + " has no option with value '" + value + "'");
    }
  }

  @Override
  public void resize(int width, int height) {
    setViewport(width, height, null);
  }

  /** A null scale keeps the current device pixel ratio. */
  private void setViewport(int width, int height, Double scale) {
    JsonObject params =
        new JsonObject()
            .put("context", context)
            .put("viewport", new JsonObject().put("width", width).put("height", height));
    if (scale != null) {
      params.put("devicePixelRatio", scale);
    }
    bidi.send("browsingContext.setViewport", params);
  }

  @Override
  public byte[] screenshotOfWholePage() {
    String png =
        bidi.send(
                "browsingContext.captureScreenshot",
                new JsonObject().put("context", context).put("origin", "document"))
            .getString("data");
    return Base64.getDecoder().decode(png);
  }

  private String locate(String css) {
    JsonArray nodes =
        bidi.send(
                "browsingContext.locateNodes",
                new JsonObject()
                    .put("context", context)
                    .put("locator", new JsonObject().put("type", "css").put("value", css))
                    .put("maxNodeCount", 1))
            .getJsonArray("nodes");
    if (nodes.isEmpty()) {
      throw new BiDiException("No element matches " + css);
    }
    return nodes.getJsonObject(0).getString("sharedId");
  }

  private void perform(JsonObject source) {
    bidi.send(
        "input.performActions",
        new JsonObject().put("context", context).put("actions", new JsonArray().add(source)));
    bidi.send("input.releaseActions", new JsonObject().put("context", context));
  }

  private static JsonObject stringValue(String value) {
    return new JsonObject().put("type", "string").put("value", value);
  }

  /**
   * Asks Firefox to quit, then makes sure it has; the profile goes with it. Each step runs whatever
   * the last did.
   */
  @Override
  public void close() {
    try {
      bidi.send("browser.close", new JsonObject());
    } catch (RuntimeException closingAnyway) {
      // the connection may drop before the answer arrives, or be gone already; the process check
      // decides
    } finally {
      try {
        bidi.close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          kill(process);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill(process);
      } finally {
        TempDirs.deleteQuietly(home);
      }
    }
  }
}

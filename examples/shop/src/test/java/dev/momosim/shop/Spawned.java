package dev.momosim.shop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A main class in its own JVM (the test class path), as a person starts it from the jar, with its
 * output lines readable (both streams, merged).
 */
final class Spawned implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();

  private Spawned(Process process) {
    this.process = process;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                  lines.add(line);
                }
              } catch (IOException ended) {
                // the process ended
              }
            },
            "spawned-output");
    reader.setDaemon(true);
    reader.start();
  }

  static Spawned start(Class<?> main, Map<String, String> environment, String... args)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder
        .environment()
        .keySet()
        .removeIf(name -> name.startsWith("MOMO_") || name.startsWith("SHOP_"));
    builder.environment().putAll(environment);
    return new Spawned(builder.start());
  }

  /** The first output line matching the pattern, waiting at most a minute. */
  Matcher await(Pattern pattern) {
    try {
      return Awaitility.await("a line matching " + pattern)
          .atMost(WAIT)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(20))
          .pollInSameThread()
          .until(() -> next(pattern), Optional::isPresent)
          .orElseThrow();
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("no line matching " + pattern + "; seen: " + seen, e);
    }
  }

  /** Every line read so far. */
  List<String> output() {
    lines.drainTo(seen);
    return List.copyOf(seen);
  }

  private Optional<Matcher> next(Pattern pattern) {
    for (String line = lines.poll(); line != null; line = lines.poll()) {
      seen.add(line);
      Matcher matcher = pattern.matcher(line);
      if (matcher.find()) {
        return Optional.of(matcher);
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

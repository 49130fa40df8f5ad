package dev.momosim.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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
 * A {@code momo-sim} command in its own JVM, as a person starts it, with its output lines readable.
 */
public final class SpawnedCommand implements AutoCloseable {
  /** How long an await waits for its line: a JVM starting on a loaded machine can be slow. */
  public static final Duration WAIT = Duration.ofSeconds(30);

  private final Process process;
  private final BlockingQueue<String> stdout;
  private final BlockingQueue<String> stderr;
  private final List<String> stdoutSeen = new ArrayList<>();
  private final List<String> stderrSeen = new ArrayList<>();

  private SpawnedCommand(Process process) {
    this.process = process;
    this.stdout = lines(process.getInputStream(), "stdout");
    this.stderr = lines(process.getErrorStream(), "stderr");
  }

  public static SpawnedCommand start(String... args) throws IOException {
    return start(Map.of(), args);
  }

  /** Starts the command with these variables added to (or, as "", removed from) its environment. */
  public static SpawnedCommand start(Map<String, String> environment, String... args)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                MomoSimCommand.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    environment.forEach(
        (name, value) -> {
          if (value.isEmpty()) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    return new SpawnedCommand(builder.start());
  }

  /** The first standard-output line matching the pattern, waiting at most {@link #WAIT}. */
  public Matcher awaitStdout(Pattern pattern) {
    return await(stdout, stdoutSeen, pattern, WAIT);
  }

  /** The first standard-output line matching the pattern, waiting at most {@code wait}. */
  public Matcher awaitStdout(Pattern pattern, Duration wait) {
    return await(stdout, stdoutSeen, pattern, wait);
  }

  /** The first standard-error line matching the pattern, waiting at most {@link #WAIT}. */
  public Matcher awaitStderr(Pattern pattern) {
    return await(stderr, stderrSeen, pattern, WAIT);
  }

  /** The exit code, waiting at most {@link #WAIT} for the process to end. */
  public int exitCode() throws InterruptedException {
    if (!process.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running after " + WAIT + "; stderr: " + stderrLines());
    }
    return process.exitValue();
  }

  /** Sends SIGTERM; true when the process ended within the timeout. */
  public boolean terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Sends SIGTERM and returns at once. */
  /** SIGKILL, as a crash or {@code kill -9}: no shutdown hook runs; waits until it is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the killed process did not end within " + WAIT);
    }
  }

  public void signalTerm() {
    process.destroy();
  }

  /** The exit code, waiting at most {@code timeout}; empty while it still runs. */
  public Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
        ? Optional.of(process.exitValue())
        : Optional.empty();
  }

  /** Every standard-output line read so far, including those the awaits consumed. */
  public List<String> stdoutLines() {
    stdout.drainTo(stdoutSeen);
    return List.copyOf(stdoutSeen);
  }

  /** Every standard-error line read so far. */
  public List<String> stderrLines() {
    stderr.drainTo(stderrSeen);
    return List.copyOf(stderrSeen);
  }

  private static Matcher await(
      BlockingQueue<String> lines, List<String> seen, Pattern pattern, Duration wait) {
    try {
      return Awaitility.await("a line matching " + pattern)
          .atMost(wait)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(10))
          .pollInSameThread()
          .until(() -> nextMatch(lines, seen, pattern), Optional::isPresent)
          .orElseThrow();
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          "no line matching " + pattern + " within " + wait + "; seen: " + seen, e);
    }
  }

  /** Takes the lines read so far up to the first match; the lines after it stay queued. */
  private static Optional<Matcher> nextMatch(
      BlockingQueue<String> lines, List<String> seen, Pattern pattern) {
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

  private static BlockingQueue<String> lines(InputStream in, String name) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException ignored) {
                // the process ended
              }
            },
            "spawned-" + name);
    reader.setDaemon(true);
    reader.start();
    return lines;
  }
}

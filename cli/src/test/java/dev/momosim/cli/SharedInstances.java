package dev.momosim.cli;

import dev.momosim.simulator.storage.postgres.LocalPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Instances of one shared simulator: {@code momo-sim serve --port 0 --database-url URL} processes,
 * each in its own JVM, on one fresh database of the {@link LocalPostgres} cluster (the test is
 * skipped where PostgreSQL is not installed, unless {@code MOMO_SIM_REQUIRE_POSTGRES} is set).
 * Instances are numbered in the order they were started; a killed one keeps its number. Closing
 * ends every instance still running. Not thread-safe: the test thread drives it.
 */
final class SharedInstances implements AutoCloseable {
  private static final Pattern LISTENING =
      Pattern.compile("^momo-sim listening on (http://[0-9.]+:\\d+)$");

  /** Several JVMs starting at once on two loaded cores, each migrating the schema, take a while. */
  private static final Duration START = Duration.ofSeconds(120);

  private final String databaseUrl;
  private final List<SpawnedCommand> processes = new ArrayList<>();
  private final List<Optional<String>> urls = new ArrayList<>();

  private SharedInstances(String databaseUrl) {
    this.databaseUrl = databaseUrl;
  }

  /** Starts {@code count} instances at once on a new database; returns when all listen. */
  static SharedInstances start(int count) throws Exception {
    SharedInstances instances = new SharedInstances(LocalPostgres.shared().newDatabase());
    try {
      instances.startMore(count);
      return instances;
    } catch (Exception | AssertionError failed) {
      instances.close();
      throw failed;
    }
  }

  /**
   * Starts {@code count} more instances at once on the same database (all migrate the schema at the
   * same time); returns their numbers once all listen.
   */
  List<Integer> startMore(int count) throws Exception {
    List<Integer> started = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      processes.add(SpawnedCommand.start("serve", "--port", "0", "--database-url", databaseUrl));
      urls.add(Optional.empty());
      started.add(processes.size() - 1);
    }
    for (int instance : started) {
      SpawnedCommand process = processes.get(instance);
      try {
        urls.set(instance, Optional.of(process.awaitStdout(LISTENING, START).group(1)));
      } catch (AssertionError e) {
        throw new AssertionError(
            "instance " + instance + ": " + e.getMessage() + "; stderr: " + process.stderrLines(),
            e);
      }
    }
    return started;
  }

  /** The base URL of instance {@code instance}, which must be running. */
  String url(int instance) {
    return urls.get(instance)
        .orElseThrow(() -> new IllegalStateException("instance " + instance + " is not running"));
  }

  /** The base URLs of the running instances, in the order they were started. */
  List<String> urls() {
    return urls.stream().flatMap(Optional::stream).toList();
  }

  /** {@code kill -9}: no shutdown hook runs; returns once the process is gone. */
  void kill(int instance) throws InterruptedException {
    processes.get(instance).kill();
    urls.set(instance, Optional.empty());
  }

  void killAll() throws InterruptedException {
    for (int instance = 0; instance < processes.size(); instance++) {
      if (urls.get(instance).isPresent()) {
        kill(instance);
      }
    }
  }

  /** What instance {@code instance} wrote to standard error, for a failure's message. */
  List<String> stderr(int instance) {
    return processes.get(instance).stderrLines();
  }

  @Override
  public void close() {
    processes.forEach(SpawnedCommand::close);
  }
}

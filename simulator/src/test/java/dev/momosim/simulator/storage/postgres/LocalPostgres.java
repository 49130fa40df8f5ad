package dev.momosim.simulator.storage.postgres;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster for tests: started once per JVM on a free loopback port (Debian's
 * {@code initdb} and {@code pg_ctl}, run as the {@code postgres} user when the tests run as root,
 * which {@code initdb} refuses), stopped and deleted when the JVM exits. Each test takes a database
 * of its own ({@link #newDatabase()}), so tests never see each other's state.
 *
 * <p>Where PostgreSQL is not installed the calling test is skipped with a message saying so, unless
 * {@code MOMO_SIM_REQUIRE_POSTGRES} is set (CI sets it, so nothing skips there): then it fails.
 */
public final class LocalPostgres {
  /** Set (to anything) where a missing PostgreSQL must fail the tests rather than skip them. */
  public static final String REQUIRE = "MOMO_SIM_REQUIRE_POSTGRES";

  private static final String USER = "momo";
  private static LocalPostgres shared;

  private final Path binaries;
  private final Path directory;
  private final int port;
  private final boolean asPostgresUser;
  private final AtomicInteger databases = new AtomicInteger();

  private LocalPostgres(Path binaries, Path directory, int port, boolean asPostgresUser) {
    this.binaries = binaries;
    this.directory = directory;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** The cluster of this JVM, started on first use; skips the calling test without PostgreSQL. */
  public static synchronized LocalPostgres shared() {
    if (shared == null) {
      shared = dedicated();
    }
    return shared;
  }

  /**
   * A cluster of the caller's own (for a test that stops and starts the server), stopped when the
   * JVM exits; skips the calling test without PostgreSQL.
   */
  public static LocalPostgres dedicated() {
    Optional<Path> binaries = binaries();
    if (binaries.isEmpty()) {
      String why =
          "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; apt-get install"
              + " postgresql): the tests that need it are skipped";
      if (System.getenv(REQUIRE) != null) {
        fail(why + ", but " + REQUIRE + " is set");
      }
      Assumptions.abort(why);
    }
    LocalPostgres started = start(binaries.get());
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "local-postgres-stop"));
    return started;
  }

  /** The port the cluster listens on, on 127.0.0.1. */
  public int port() {
    return port;
  }

  /**
   * A new, empty database in the cluster.
   *
   * @return its URL as {@code --database-url} takes it: {@code postgresql://momo@127.0.0.1:PORT/DB}
   */
  public String newDatabase() {
    String name = "momo_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + name;
  }

  /** Stops the server (fast shutdown: connections are cut), keeping its data. */
  public void stopServer() {
    run(pgCtl("stop", "-m", "fast", "-w"));
  }

  /** Starts the server again after {@link #stopServer()}, on the same port. */
  public void startServer() {
    run(
        pgCtl(
            "start", "-w", "-t", "60", "-l", directory.resolve("log").toString(), "-o", options()));
  }

  private static LocalPostgres start(Path binaries) {
    boolean root = "root".equals(System.getProperty("user.name"));
    try {
      Path directory = Files.createTempDirectory("momo-sim-postgres-");
      LocalPostgres cluster = new LocalPostgres(binaries, directory, freePort(), root);
      if (root) {
        run(List.of("chown", "postgres", directory.toString()));
      }
      run(
          cluster.asUser(
              List.of(
                  binaries.resolve("initdb").toString(),
                  "-D",
                  directory.resolve("data").toString(),
                  "-U",
                  USER,
                  "--auth=trust",
                  "-E",
                  "UTF8",
                  "--locale=C.UTF-8")));
      cluster.startServer();
      return cluster;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start a local PostgreSQL", e);
    }
  }

  private String options() {
    // Only this cluster's tests use it: no fsync (the page cache survives a killed simulator, which
    // is all the tests kill), and room for several simulators' pools.
    return "-c listen_addresses=127.0.0.1 -c port="
        + port
        + " -c unix_socket_directories="
        + directory
        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        + " -c max_connections=300";
  }

  private List<String> pgCtl(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(binaries.resolve("pg_ctl").toString());
    command.add("-D");
    command.add(directory.resolve("data").toString());
    command.addAll(List.of(arguments));
    return asUser(command);
  }

  private List<String> asUser(List<String> command) {
    if (!asPostgresUser) {
      return command;
    }
    List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    wrapped.addAll(command);
    return wrapped;
  }

  private void destroy() {
    try {
      new ProcessBuilder(pgCtl("stop", "-m", "immediate", "-w"))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor(30, TimeUnit.SECONDS);
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    } catch (IOException e) {
      // the JVM is exiting: a temporary directory left behind is all that can go wrong
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Optional<Path> binaries() {
    String named = System.getenv("MOMO_SIM_POSTGRES_BIN");
    if (named != null) {
      return Optional.of(Path.of(named)).filter(dir -> Files.isExecutable(dir.resolve("initdb")));
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(version -> version.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
          .max(Comparator.comparing(LocalPostgres::majorVersion));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int majorVersion(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed: " + new String(output).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(String.join(" ", command) + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}

package dev.momosim.cli;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Owns the Vert.x instance of every command that needs one: creates it, hands it to the command's
 * work, waits for the work on picocli's thread (never an event loop) with a deadline, and closes it
 * before the command returns. A failed or late result goes to {@link Failures}, which picks the
 * exit code and prints the one line; an exception the command throws reaches {@link Failures}
 * through {@link MomoSimCommand}'s execution exception handler.
 */
final class CommandRunner {
  /** How long a closing Vert.x may take; the command's answer is decided by then. */
  private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(10);

  private final PrintWriter out;
  private final PrintWriter err;
  private final VertxOptions serverOptions;

  CommandRunner(CommandSpec command) {
    this(command, new VertxOptions());
  }

  private CommandRunner(CommandSpec command, VertxOptions serverOptions) {
    this.out = command.commandLine().getOut();
    this.err = command.commandLine().getErr();
    this.serverOptions = serverOptions;
  }

  /**
   * This runner, whose {@link #untilStopped} Vert.x has at least {@code count} event loops (its
   * default is two per processor), so that a server asking for that many gets them.
   */
  static CommandRunner withEventLoops(CommandSpec command, int count) {
    VertxOptions options = new VertxOptions();
    options.setEventLoopPoolSize(Math.max(options.getEventLoopPoolSize(), count));
    return new CommandRunner(command, options);
  }

  /**
   * Runs {@code work} once and waits for its result at most {@code patience}; {@code render} prints
   * the result and chooses the exit code. No result in time counts as no answer from {@code peer}
   * (exit 4).
   */
  <T> int run(
      String peer, Duration patience, Function<Vertx, Future<T>> work, ToIntFunction<T> render) {
    Vertx vertx = Vertx.vertx();
    try {
      return render.applyAsInt(await(work.apply(vertx), patience));
    } catch (ExecutionException e) {
      return Failures.report(err, e.getCause() == null ? e : e.getCause());
    } catch (TimeoutException e) {
      return Failures.report(
          err,
          new TimeoutException(
              "no answer from " + peer + " within " + patience.toSeconds() + " s"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Failures.report(err, e);
    } finally {
      close(vertx);
      out.flush();
      err.flush();
    }
  }

  /**
   * Starts a server with {@code start}, lets {@code announce} say so once it runs, and keeps it
   * running until SIGTERM or Ctrl-C, which close Vert.x (and with it the server). A start that
   * fails or takes longer than {@code patience} is reported as {@code <doing>: <why>}.
   */
  <T> int untilStopped(
      String doing, Duration patience, Function<Vertx, Future<T>> start, Consumer<T> announce)
      throws InterruptedException {
    return untilStopped(
        doing,
        patience,
        start,
        announce,
        started -> Future.succeededFuture(),
        started -> Duration.ZERO);
  }

  /**
   * As above, and on SIGTERM or Ctrl-C first runs {@code stop} on what was started and waits for it
   * at most {@code stopPatience} of it (a graceful stop), then closes Vert.x and returns 0. A stop
   * that fails or is late is reported as {@code stopping: <why>}. The signals are taken over for
   * the while ({@link StopSignals}); where they cannot be, or the JVM is stopped another way
   * (SIGHUP), a shutdown hook asks for the same stop and holds the JVM until it is done.
   */
  <T> int untilStopped(
      String doing,
      Duration patience,
      Function<Vertx, Future<T>> start,
      Consumer<T> announce,
      Function<T, Future<?>> stop,
      Function<T, Duration> stopPatience)
      throws InterruptedException {
    Vertx vertx = Vertx.vertx(serverOptions);
    T started;
    try {
      started = await(start.apply(vertx), patience);
    } catch (ExecutionException e) {
      close(vertx);
      return Failures.report(err, doing, e.getCause() == null ? e : e.getCause());
    } catch (TimeoutException e) {
      close(vertx);
      return Failures.report(
          err, doing, new TimeoutException("not running within " + patience.toSeconds() + " s"));
    } catch (RuntimeException | InterruptedException e) {
      close(vertx);
      throw e;
    }
    Duration stopWithin = stopPatience.apply(started);
    CountDownLatch stopRequested = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stopRequested.countDown();
              try {
                stopped.await(stopWithin.plus(CLOSE_PATIENCE).toMillis(), TimeUnit.MILLISECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "momo-sim-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    StopSignals signals = StopSignals.install(stopRequested::countDown);
    try {
      announce.accept(started);
      out.flush();
      err.flush();
      stopRequested.await();
      return stop(vertx, stop.apply(started), stopWithin);
    } finally {
      signals.restore();
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook has run or runs now, and returns at once
      }
    }
  }

  private int stop(Vertx vertx, Future<?> stopping, Duration patience) throws InterruptedException {
    try {
      await(stopping, patience);
      return ExitCodes.OK;
    } catch (ExecutionException e) {
      return Failures.report(err, "stopping", e.getCause() == null ? e : e.getCause());
    } catch (TimeoutException e) {
      return Failures.report(
          err,
          "stopping",
          new TimeoutException("not stopped within " + patience.toSeconds() + " s"));
    } finally {
      close(vertx);
      out.flush();
      err.flush();
    }
  }

  private static <T> T await(Future<T> future, Duration patience)
      throws ExecutionException, TimeoutException, InterruptedException {
    return future
        .toCompletionStage()
        .toCompletableFuture()
        .get(patience.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Closing Vert.x closes whatever the work opened on it: clients, servers, the simulator. */
  private static void close(Vertx vertx) {
    try {
      await(vertx.close(), CLOSE_PATIENCE);
    } catch (ExecutionException | TimeoutException e) {
      // The answer is decided; a slow or failed close does not change it.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

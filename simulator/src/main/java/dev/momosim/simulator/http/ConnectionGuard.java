package dev.momosim.simulator.http;

import dev.momosim.simulator.config.LimitSettings;
import io.netty.channel.Channel;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The connection limits of the simulator's HTTP server and its graceful shutdown (docs/limits.md):
 *
 * <ul>
 *   <li>header, body and idle deadlines per connection ({@link GuardedConnection});
 *   <li>at most {@code limits.maxConnections} connections, fewer where the process may not open
 *       that many files: at the limit a new connection closes the one that has been idle longest
 *       (no request being read to its end or answered, no answer still being written out), and is
 *       itself closed at once when every connection is busy;
 *   <li>{@link #shutdown}: stop accepting, let what runs finish within the grace period, then
 *       answer 503 or cut what is left, and say so once in the log.
 * </ul>
 *
 * Thread-safe without a lock: connections may live on several event loops; the count is atomic,
 * each connection says itself since when it is idle, and the connections are scanned for the
 * longest idle only at the limit. Work on a connection is done on that connection's event loop.
 */
public final class ConnectionGuard {
  /**
   * What an HTTP server that closes stragglers itself still allows Vert.x on top, as a backstop.
   */
  private static final long BACKSTOP_MILLIS = 1000;

  private final LimitSettings limits;
  private final int maxConnections;
  private final Consumer<String> log;
  private final Map<HttpConnection, GuardedConnection> open = new ConcurrentHashMap<>();
  private final AtomicInteger count = new AtomicInteger();
  private final AtomicBoolean limitReported = new AtomicBoolean();
  private final AtomicBoolean unguardedReported = new AtomicBoolean();
  private volatile boolean stopping;

  /**
   * @param log where the one-line reports go (the limit lowered, the limit reached, requests cut at
   *     shutdown)
   */
  public ConnectionGuard(LimitSettings limits, Consumer<String> log) {
    this.limits = limits;
    this.log = log;
    long files = openFilesLimit();
    this.maxConnections = withinOpenFiles(limits.maxConnections(), files);
    if (maxConnections < limits.maxConnections()) {
      log.accept(
          "limits.maxConnections "
              + limits.maxConnections()
              + " lowered to "
              + maxConnections
              + ": this process may open only "
              + files
              + " files");
    }
  }

  /**
   * The connection limit that leaves room below the open-files limit for everything else the
   * process opens (its jars, the callbacks' connections, the log): a tenth of it, at least 64.
   */
  static int withinOpenFiles(int configured, long openFiles) {
    if (openFiles <= 0) {
      return configured;
    }
    long room = openFiles - Math.max(64, openFiles / 10);
    return (int) Math.max(1, Math.min(configured, room));
  }

  private static long openFilesLimit() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      return unix.getMaxFileDescriptorCount();
    }
    return -1;
  }

  /**
   * The longest {@link #shutdown} takes: the grace period, then the backstop after which Vert.x
   * closes whatever is still open.
   */
  public Duration shutdownTimeout() {
    return limits.shutdownGrace().plusMillis(BACKSTOP_MILLIS);
  }

  /** The connection limit in force. */
  public int maxConnections() {
    return maxConnections;
  }

  /** For {@code HttpServer.connectionHandler}: counts, makes room, and guards the connection. */
  public Handler<HttpConnection> connections() {
    return connection -> {
      if (!(connection instanceof ConnectionBase base)) {
        return;
      }
      Channel channel = base.channel();
      if (stopping || !admit()) {
        channel.close();
        return;
      }
      GuardedConnection guarded = new GuardedConnection(channel, limits);
      if (!guarded.install()) {
        guarded.neverIdle();
        reportUnguarded(channel);
      }
      // listed only now, so that no one evicts it before it is guarded (or marked never idle)
      open.put(connection, guarded);
      channel.closeFuture().addListener(closed -> forget(connection, guarded));
    };
  }

  /**
   * Counts a new connection: under the limit at once; at the limit by closing the connection that
   * has been idle longest, which gives up its place. False, and nothing counted, when every
   * connection is busy. Scans the connections only at the limit.
   */
  private boolean admit() {
    if (count.incrementAndGet() <= maxConnections) {
      return true;
    }
    count.decrementAndGet();
    reportLimit();
    GuardedConnection evicted = claimLongestIdle();
    if (evicted == null) {
      return false;
    }
    evicted.channel().close();
    return true;
  }

  /**
   * Takes the longest-idle connection out of the count (its place goes to a new one); null when
   * every connection is busy. Another thread may claim the same one first: then the next is taken.
   */
  private GuardedConnection claimLongestIdle() {
    while (true) {
      GuardedConnection longest = null;
      long longestSince = 0;
      for (GuardedConnection connection : open.values()) {
        long since = connection.idleSinceNanos();
        if (since != GuardedConnection.BUSY
            && connection.counted()
            && (longest == null || since - longestSince < 0)) {
          longest = connection;
          longestSince = since;
        }
      }
      if (longest == null || longest.uncount()) {
        return longest;
      }
    }
  }

  /**
   * A connection whose pipeline the guard does not know (not the server's HTTP/1.x one) has no
   * deadlines and cannot tell when it is idle: it is counted, but never listed as idle, since
   * closing it to make room could cut an answer. Said once in the log: the limits hold only in
   * part.
   */
  private void reportUnguarded(Channel channel) {
    if (!unguardedReported.compareAndSet(false, true)) {
      return;
    }
    log.accept(
        "a connection is not guarded (its pipeline is "
            + channel.pipeline().names()
            + "): it is counted, but has no header, body or idle deadline and is never closed to"
            + " make room");
  }

  /** Passes requests on, first telling their connection which request it is answering. */
  public Handler<HttpServerRequest> requests(Handler<HttpServerRequest> next) {
    return request -> {
      GuardedConnection guarded = open.get(request.connection());
      if (guarded != null) {
        guarded.answering(request);
      }
      next.handle(request);
    };
  }

  /**
   * The connection becomes a tunnel (an accepted {@code CONNECT}): it carries bytes, not HTTP, from
   * now on, so its deadlines go (the connection it is joined to has its own) and it is never closed
   * to make room. Call on the connection's event loop, before the tunnel's first byte.
   */
  public void tunnel(HttpConnection connection) {
    GuardedConnection guarded = open.get(connection);
    if (guarded != null) {
      guarded.tunnel();
    }
  }

  private void forget(HttpConnection connection, GuardedConnection guarded) {
    guarded.closed();
    open.remove(connection, guarded);
    if (guarded.uncount()) {
      count.decrementAndGet();
    }
  }

  private void reportLimit() {
    if (!limitReported.compareAndSet(false, true)) {
      return;
    }
    log.accept(
        "connection limit "
            + maxConnections
            + " reached: the longest-idle connection is closed to make room for a new one,"
            + " or the new one is closed when all are busy");
  }

  /**
   * Stops the server gracefully: it stops accepting at once; idle connections close; event streams
   * close (they never finish by themselves); requests in flight run on for {@code
   * limits.shutdownGraceSeconds}, and their connections close as their answers end. Requests still
   * running then are answered 503 (or cut, if their answer has begun), and that is logged once with
   * a count. The Future completes when every connection is closed.
   */
  public Future<Void> shutdown(Vertx vertx, HttpServer server) {
    return shutdown(vertx, List.of(server));
  }

  /**
   * As {@link #shutdown(Vertx, HttpServer)}, for every server this guard guards (one per event
   * loop): they stop together, under one grace period and one report.
   */
  public Future<Void> shutdown(Vertx vertx, List<HttpServer> servers) {
    stopping = true;
    long graceMillis = limits.shutdownGrace().toMillis();
    List<Future<Void>> shutdowns = new ArrayList<>();
    for (HttpServer server : servers) {
      shutdowns.add(server.shutdown(graceMillis + BACKSTOP_MILLIS, TimeUnit.MILLISECONDS));
    }
    Future<Void> closed = Future.join(shutdowns).mapEmpty();
    for (GuardedConnection connection : List.copyOf(open.values())) {
      connection
          .channel()
          .eventLoop()
          .execute(
              () -> {
                if (connection.streamingEvents()) {
                  connection.channel().close();
                }
              });
    }
    Promise<Void> reported = Promise.promise();
    long timer =
        vertx.setTimer(Math.max(1, graceMillis), id -> stopStragglers().onComplete(reported));
    // done once every connection is closed and, if the grace period ran out, the report is logged
    return closed.transform(
        done -> vertx.cancelTimer(timer) ? Future.succeededFuture() : reported.future());
  }

  private Future<Void> stopStragglers() {
    List<Future<Boolean>> stopped = new ArrayList<>();
    for (GuardedConnection connection : List.copyOf(open.values())) {
      Promise<Boolean> outcome = Promise.promise();
      connection.channel().eventLoop().execute(() -> connection.stopNow().onComplete(outcome));
      stopped.add(outcome.future());
    }
    return Future.join(stopped)
        .transform(
            all -> {
              List<Boolean> outcomes =
                  stopped.stream().map(Future::result).filter(Objects::nonNull).toList();
              long answered = outcomes.stream().filter(Boolean::booleanValue).count();
              if (!outcomes.isEmpty()) {
                log.accept(
                    "shutting down: "
                        + outcomes.size()
                        + " request(s) still running after the "
                        + limits.shutdownGraceSeconds()
                        + " s grace period: "
                        + answered
                        + " answered 503, "
                        + (outcomes.size() - answered)
                        + " cut");
              }
              return Future.<Void>succeededFuture();
            });
  }
}

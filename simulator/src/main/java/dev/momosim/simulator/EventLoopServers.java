package dev.momosim.simulator;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The simulator's HTTP port answered on several event loops: one {@link HttpServer} per event loop,
 * all listening on the same port, which Vert.x shares between them (it hands each new connection to
 * the next server in turn). Every server gets the same handlers, over the one simulator, so those
 * handlers must be thread-safe; a connection and its requests stay on the event loop that accepted
 * it.
 *
 * <p>The first server runs on the owner's context (the verticle's); the others on contexts built on
 * the other event loops of the Vert.x instance, each a different one while there are enough. Port 0
 * with several servers becomes a port Vert.x picks once and shares (a negative port, unique to this
 * set of servers).
 */
final class EventLoopServers {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Vertx vertx;
  private final List<Context> contexts;
  private final List<HttpServer> servers = new ArrayList<>();

  /**
   * @param owner the first server's context: the verticle's
   * @param count how many servers (and event loops)
   */
  EventLoopServers(Vertx vertx, Context owner, int count) {
    this.vertx = vertx;
    this.contexts = contexts((VertxInternal) vertx, (ContextInternal) owner, count);
  }

  /** The owner's context, then one per further event loop, reusing loops only when too few. */
  private static List<Context> contexts(VertxInternal vertx, ContextInternal owner, int count) {
    EventLoop own = owner.nettyEventLoop();
    List<EventLoop> others = new ArrayList<>();
    for (EventExecutor executor : vertx.nettyEventLoopGroup()) {
      if (executor != own && executor instanceof EventLoop loop) {
        others.add(loop);
      }
    }
    List<Context> contexts = new ArrayList<>(List.of(owner));
    for (int i = 1; i < count; i++) {
      EventLoop loop = others.isEmpty() ? own : others.get((i - 1) % others.size());
      contexts.add(
          vertx
              .contextBuilder()
              .withThreadingModel(ThreadingModel.EVENT_LOOP)
              .withEventLoop(loop)
              // closed with the owner's deployment, after its stop(): no server outlives it
              .withCloseFuture(owner.closeFuture())
              .build());
    }
    return contexts;
  }

  /** How many distinct event loops the servers run on (fewer than asked if Vert.x has fewer). */
  int distinctEventLoops() {
    return (int)
        contexts.stream()
            .map(context -> ((ContextInternal) context).nettyEventLoop())
            .distinct()
            .count();
  }

  /**
   * Creates and starts every server, each set up by {@code setup} (its handlers) on its own
   * context; fails if any fails to listen.
   */
  Future<List<HttpServer>> listen(HttpServerOptions options, Consumer<HttpServer> setup) {
    HttpServerOptions shared = new HttpServerOptions(options);
    if (options.getPort() == 0 && contexts.size() > 1) {
      // a negative port: one free port Vert.x picks and shares among the servers listening on it
      shared.setPort(-1 - RANDOM.nextInt(Integer.MAX_VALUE - 1));
    }
    // the first binds the port; the others then join it
    return listenOn(contexts.get(0), shared, setup)
        .compose(
            first -> {
              List<Future<HttpServer>> others = new ArrayList<>();
              for (Context context : contexts.subList(1, contexts.size())) {
                others.add(listenOn(context, shared, setup));
              }
              return Future.all(others);
            })
        .map(all -> servers());
  }

  private Future<HttpServer> listenOn(
      Context context, HttpServerOptions options, Consumer<HttpServer> setup) {
    Promise<HttpServer> listened = Promise.promise();
    context.runOnContext(
        ignored -> {
          HttpServer server = vertx.createHttpServer(options);
          synchronized (servers) {
            servers.add(server);
          }
          setup.accept(server);
          server.listen().onComplete(listened);
        });
    return listened.future();
  }

  /** The servers created so far. */
  List<HttpServer> servers() {
    synchronized (servers) {
      return List.copyOf(servers);
    }
  }

  /** The port the servers listen on (they share it). */
  int actualPort() {
    return servers().get(0).actualPort();
  }
}

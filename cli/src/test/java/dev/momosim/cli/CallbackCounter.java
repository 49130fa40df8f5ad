package dev.momosim.cli;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local callback receiver that answers 200 to every PUT or POST and counts them by reference id,
 * read from the callback URL's last path segment ({@code http://localhost:PORT/cb/REFERENCE}).
 * Thread-safe; closed with its Vert.x instance.
 */
final class CallbackCounter {
  private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
  private final HttpServer server;

  CallbackCounter(Vertx vertx) {
    this.server =
        SandboxCalls.await(
            vertx
                .createHttpServer()
                .requestHandler(
                    request -> {
                      String path = request.path();
                      String method = request.method().name();
                      if (method.equals("PUT") || method.equals("POST")) {
                        received
                            .computeIfAbsent(
                                path.substring(path.lastIndexOf('/') + 1),
                                reference -> new AtomicInteger())
                            .incrementAndGet();
                      }
                      request.response().end();
                    })
                .listen(0, "127.0.0.1"));
  }

  /** The callback URL for a payment: its host is the preset users' {@code localhost}. */
  String urlFor(String reference) {
    return "http://localhost:" + server.actualPort() + "/cb/" + reference;
  }

  /** How many callbacks arrived for {@code reference}. */
  int count(String reference) {
    AtomicInteger count = received.get(reference);
    return count == null ? 0 : count.get();
  }
}

package dev.momosim.client;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny in-test MoMo: records every request, answers token requests with numbered tokens, and lets
 * each test script the other routes. Listens on port 0.
 */
public final class FakeMomo {

  /** One request as the server saw it; header names are lower case. */
  public record Recorded(HttpMethod method, String path, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final Router router;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private volatile Handler<RoutingContext> tokenHandler = this::issueToken;
  private HttpServer server;

  private FakeMomo(Vertx vertx) {
    router = Router.router(vertx);
    router.route().handler(BodyHandler.create());
    router.route().handler(this::record);
    router.post("/:product/token/").handler(ctx -> tokenHandler.handle(ctx));
  }

  public static Future<FakeMomo> start(Vertx vertx) {
    FakeMomo momo = new FakeMomo(vertx);
    return vertx
        .createHttpServer()
        .requestHandler(momo.router)
        .listen(0)
        .map(
            server -> {
              momo.server = server;
              return momo;
            });
  }

  public String baseUrl() {
    return "http://localhost:" + server.actualPort();
  }

  /**
   * Scripts a route; routes added later than the token route do not override it: use {@link
   * #onToken}.
   */
  public FakeMomo on(HttpMethod method, String path, Handler<RoutingContext> handler) {
    router.route(method, path).handler(handler);
    return this;
  }

  public FakeMomo onToken(Handler<RoutingContext> handler) {
    tokenHandler = handler;
    return this;
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  public long count(HttpMethod method, String path) {
    return requests.stream().filter(r -> r.method() == method && r.path().equals(path)).count();
  }

  public int tokensIssued() {
    return tokensIssued.get();
  }

  /** Answers with a JSON body and the given status. */
  public static void json(RoutingContext ctx, int status, String body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
  }

  /** Answers with an empty body. */
  public static void empty(RoutingContext ctx, int status) {
    ctx.response().setStatusCode(status).end();
  }

  /** A handler giving the n-th answer on the n-th call, repeating the last one. */
  @SafeVarargs
  public static Handler<RoutingContext> inTurn(Handler<RoutingContext>... answers) {
    AtomicInteger calls = new AtomicInteger();
    return ctx -> answers[Math.min(calls.getAndIncrement(), answers.length - 1)].handle(ctx);
  }

  /** The default token answer: token-1, token-2... valid for an hour. */
  public void issueToken(RoutingContext ctx) {
    int n = tokensIssued.incrementAndGet();
    json(
        ctx,
        200,
        new JsonObject()
            .put("access_token", "token-" + n)
            .put("token_type", "access_token")
            .put("expires_in", 3600)
            .encode());
  }

  private void record(RoutingContext ctx) {
    Map<String, String> headers = new HashMap<>();
    ctx.request()
        .headers()
        .forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
    requests.add(
        new Recorded(ctx.request().method(), ctx.request().path(), headers, ctx.body().asString()));
    ctx.next();
  }
}

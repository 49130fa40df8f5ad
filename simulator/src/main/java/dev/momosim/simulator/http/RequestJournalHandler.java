package dev.momosim.simulator.http;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes every MoMo API request to the {@link RequestJournal} when it ends: method, path, product,
 * reference id, headers with secrets redacted, body, status, duration, and for refusals the MoMo code
 * and message. Control and dashboard requests are not journalled.
 */
public final class RequestJournalHandler implements Handler<RoutingContext> {
  static final String ERROR_CODE = "momo.errorCode";
  static final String ERROR_MESSAGE = "momo.errorMessage";
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "ocp-apim-subscription-key");
  private static final int MAX_BODY_CHARS = 8192;

  private final RequestJournal journal;
  private final Supplier<Instant> clock;

  public RequestJournalHandler(RequestJournal journal, Supplier<Instant> clock) {
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (journal.enabled() && !ctx.request().path().startsWith("/_sim") && !ctx.request().path().equals("/")) {
      long started = System.nanoTime();
      Instant at = clock.get();
      ctx.addEndHandler(done -> journal.record(entry(ctx, at, started)));
    }
    ctx.next();
  }

  private static JsonObject entry(RoutingContext ctx, Instant at, long started) {
    String path = ctx.request().path();
    JsonObject entry = new JsonObject()
        .put("at", at.toString())
        .put("method", ctx.request().method().name())
        .put("path", path)
        .put("query", redactQuery(ctx.request().query()))
        .put("product", productOf(path))
        .put("referenceId", referenceIdOf(ctx))
        .put("headers", redact(ctx.request().headers()))
        .put("body", body(ctx))
        .put("status", ctx.response().getStatusCode())
        .put("durationMillis", (System.nanoTime() - started) / 1_000_000.0);
    String code = ctx.get(ERROR_CODE);
    if (code != null) {
      entry.put("error", new JsonObject().put("code", code).put("message", (String) ctx.get(ERROR_MESSAGE)));
    }
    return entry;
  }

  private static JsonObject redact(MultiMap headers) {
    JsonObject redacted = new JsonObject();
    for (Map.Entry<String, String> header : headers) {
      boolean secret = SECRET_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT));
      redacted.put(header.getKey(), secret ? redactValue(header.getValue()) : header.getValue());
    }
    return redacted;
  }

  /** Keeps the scheme word of an Authorization header, so a reader sees Basic or Bearer. */
  private static String redactValue(String value) {
    int space = value.indexOf(' ');
    return space > 0 && space < 10 ? value.substring(0, space) + " <redacted>" : "<redacted>";
  }

  private static String redactQuery(String query) {
    if (query == null) {
      return null;
    }
    return query.replaceAll("(?i)(subscription-key=)[^&]*", "$1<redacted>");
  }

  private static String body(RoutingContext ctx) {
    if (ctx.body() == null || ctx.body().buffer() == null) {
      return null;
    }
    String text = ctx.body().asString();
    return text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) + "..." : text;
  }

  private static String productOf(String path) {
    for (String product : new String[] {"collection", "disbursement", "remittance"}) {
      if (path.startsWith("/" + product + "/")) {
        return product;
      }
    }
    return path.startsWith("/v1_0/apiuser") ? "provisioning" : null;
  }

  private static String referenceIdOf(RoutingContext ctx) {
    String header = ctx.request().getHeader("X-Reference-Id");
    if (header != null) {
      return header;
    }
    String path = ctx.request().path();
    int last = path.lastIndexOf('/');
    String tail = path.substring(last + 1);
    return tail.length() == 36 && tail.charAt(8) == '-' ? tail : null;
  }
}

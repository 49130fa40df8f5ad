package dev.momosim.simulator.http;

import dev.momosim.simulator.app.RequestJournal;
import dev.momosim.simulator.domain.RequestRecord;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes every MoMo API request to the {@link RequestJournal} when it ends: method, path, product,
 * reference id, headers with secrets redacted, body, status, duration, and for refusals the MoMo
 * code and message. Control and dashboard requests are not journalled.
 */
public final class RequestJournalHandler implements Handler<RoutingContext> {
  static final String ERROR_CODE = "momo.errorCode";
  static final String ERROR_MESSAGE = "momo.errorMessage";
  private static final Set<String> SECRET_HEADERS =
      Set.of(
          "authorization",
          "ocp-apim-subscription-key",
          "proxy-authorization",
          "cookie",
          "x-api-key");
  private static final int MAX_BODY_CHARS = 8192;

  private final RequestJournal journal;
  private final Supplier<Instant> clock;

  public RequestJournalHandler(RequestJournal journal, Supplier<Instant> clock) {
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (journal.enabled()
        && !ctx.request().path().startsWith("/_sim")
        && !ctx.request().path().equals("/")) {
      long started = System.nanoTime();
      Instant at = clock.get();
      ctx.addEndHandler(done -> journal.record(entry(ctx, at, started)));
    }
    ctx.next();
  }

  private RequestRecord entry(RoutingContext ctx, Instant at, long started) {
    String path = ctx.request().path();
    return new RequestRecord(
        journal.newId(),
        at,
        ctx.request().method().name(),
        path,
        redactQuery(ctx),
        productOf(path),
        referenceIdOf(ctx),
        redact(ctx.request().headers()),
        body(ctx),
        ctx.response().getStatusCode(),
        (System.nanoTime() - started) / 1_000_000.0,
        ctx.get(ERROR_CODE),
        ctx.get(ERROR_MESSAGE));
  }

  private static String[] redact(MultiMap headers) {
    String[] pairs = new String[headers.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> header : headers) {
      boolean secret = SECRET_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT));
      pairs[i++] = header.getKey();
      pairs[i++] = secret ? redactValue(header.getValue()) : header.getValue();
    }
    return pairs;
  }

  /** Keeps the scheme word of an Authorization header, so a reader sees Basic or Bearer. */
  private static String redactValue(String value) {
    int space = value.indexOf(' ');
    return space > 0 && space < 10 ? value.substring(0, space) + " <redacted>" : "<redacted>";
  }

  /**
   * The query rebuilt from its decoded parameters, so an encoded parameter name cannot slip
   * through.
   */
  private static String redactQuery(RoutingContext ctx) {
    if (ctx.request().query() == null) {
      return null;
    }
    StringBuilder query = new StringBuilder();
    try {
      for (Map.Entry<String, String> parameter : ctx.queryParams()) {
        if (query.length() > 0) {
          query.append('&');
        }
        // "token": the dashboard link's admin token, should it be sent to a path outside /_sim.
        boolean secret =
            parameter.getKey().equalsIgnoreCase("subscription-key")
                || parameter.getKey().equalsIgnoreCase("token");
        query
            .append(parameter.getKey())
            .append('=')
            .append(secret ? "<redacted>" : parameter.getValue());
      }
    } catch (RuntimeException malformed) {
      return "<malformed query>";
    }
    return query.toString();
  }

  private static String body(RoutingContext ctx) {
    if (ctx.body() == null || ctx.body().buffer() == null) {
      return null;
    }
    if (ctx.request().path().endsWith("/token/")) {
      return "<not journalled: token requests may carry credentials>";
    }
    String text = ctx.body().asString();
    return text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) + "..." : text;
  }

  /** The product whose path this is, or {@code provisioning}; the path's first segment decides. */
  private static String productOf(String path) {
    int end = path.indexOf('/', 1);
    if (end > 1) {
      var product = dev.momosim.simulator.domain.Product.fromPathName(path.substring(1, end));
      if (product.isPresent()) {
        return product.get().pathName();
      }
    }
    return path.startsWith("/v1_0/apiuser") ? RequestRecord.PROVISIONING : null;
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

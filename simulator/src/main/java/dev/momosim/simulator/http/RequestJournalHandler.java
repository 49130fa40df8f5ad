package dev.momosim.simulator.http;

import dev.momosim.simulator.app.RequestJournal;
import dev.momosim.simulator.domain.Redaction;
import dev.momosim.simulator.domain.RequestRecord;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes every MoMo API request to the {@link RequestJournal} when it ends: method, path, product,
 * reference id, headers, query and body with secrets redacted ({@link Redaction}, whatever the
 * path: a known route, a mistyped one, a 404 or a 405), status, duration, and for refusals the MoMo
 * code and message. Control and dashboard requests are not journalled.
 */
public final class RequestJournalHandler implements Handler<RoutingContext> {
  static final String ERROR_CODE = "momo.errorCode";
  static final String ERROR_MESSAGE = "momo.errorMessage";
  private static final int MAX_BODY_CHARS = 8192;

  private final TenantServices defaults;
  private final Function<RoutingContext, TenantServices> tenantOf;

  /**
   * @param defaults the default tenant's services (whether journalling is on is decided by its
   *     journal; calls of no known API user are journalled there)
   * @param tenantOf the services of the tenant a request's API user belongs to, once known: its
   *     journal keeps the entry, timed on its clock
   */
  public RequestJournalHandler(
      TenantServices defaults, Function<RoutingContext, TenantServices> tenantOf) {
    this.defaults = defaults;
    this.tenantOf = tenantOf;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (defaults.requestJournal().enabled()
        && !ctx.request().path().startsWith("/_sim")
        && !ctx.request().path().equals("/")) {
      long started = System.nanoTime();
      ctx.addEndHandler(
          done -> {
            TenantServices tenant = tenant(ctx);
            long tookNanos = System.nanoTime() - started;
            Instant at = tenant.clock().get().minusNanos(tookNanos);
            tenant.requestJournal().record(entry(tenant.requestJournal(), ctx, at, started));
          });
    }
    ctx.next();
  }

  /** The request's tenant; the default one if none is known or it is gone. */
  private TenantServices tenant(RoutingContext ctx) {
    try {
      return tenantOf.apply(ctx);
    } catch (RuntimeException tenantDeleted) {
      return defaults;
    }
  }

  private static RequestRecord entry(
      RequestJournal journal, RoutingContext ctx, Instant at, long started) {
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
        Redaction.text(ctx.get(ERROR_MESSAGE)));
  }

  private static String[] redact(MultiMap headers) {
    String[] pairs = new String[headers.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> header : headers) {
      pairs[i++] = header.getKey();
      pairs[i++] = Redaction.header(header.getKey(), header.getValue());
    }
    return pairs;
  }

  /** The query as sent, each secret parameter's value masked (its name decoded to decide). */
  private static String redactQuery(RoutingContext ctx) {
    return Redaction.query(ctx.request().query());
  }

  /** Redacted before it is cut, so a cut cannot leave half a secret unrecognised. */
  private static String body(RoutingContext ctx) {
    if (ctx.body() == null || ctx.body().buffer() == null) {
      return null;
    }
    String text = Redaction.body(ctx.request().path(), ctx.body().asString());
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
    String[] segments = ctx.request().path().split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      if (looksLikeUuid(segments[i])) {
        return segments[i]; // the last one, e.g. of .../requesttopay/{ref}/deliverynotification
      }
    }
    return null;
  }

  private static boolean looksLikeUuid(String segment) {
    return segment.length() == 36
        && segment.charAt(8) == '-'
        && segment.charAt(13) == '-'
        && segment.charAt(18) == '-'
        && segment.charAt(23) == '-';
  }
}

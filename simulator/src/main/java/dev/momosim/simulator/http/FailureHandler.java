package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.MomoException;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Predicate;

/**
 * The one place errors become answers, in the shape of the layer that would give them in MTN's
 * stack: MoMo {@code {"message","code"}}, gateway {@code {"statusCode","message"}}, token {@code
 * {"error"}}. Unknown paths, wrong methods, oversized or malformed bodies get MoMo-shaped JSON too;
 * an unexpected exception is logged and answered 500 without a stack trace.
 */
public final class FailureHandler implements Handler<RoutingContext> {
  private static final Logger LOG = System.getLogger(FailureHandler.class.getName());

  private final Predicate<Throwable> storeUnavailable;

  /**
   * @param storeUnavailable whether a failure says the state store cannot be reached now (answered
   *     503 SERVICE_UNAVAILABLE, which a client may retry, instead of 500)
   */
  public FailureHandler(Predicate<Throwable> storeUnavailable) {
    this.storeUnavailable = storeUnavailable;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (ctx.response().ended()) {
      return;
    }
    Throwable failure = ctx.failure();
    if (failure instanceof MomoException momo) {
      ctx.put(RequestJournalHandler.ERROR_CODE, momo.code())
          .put(RequestJournalHandler.ERROR_MESSAGE, momo.getMessage());
      Responses.json(ctx, momo.status(), momoBody(momo.code(), momo.getMessage()));
    } else if (failure instanceof GatewayRefusal refusal) {
      ctx.put(RequestJournalHandler.ERROR_CODE, "GATEWAY_" + refusal.status())
          .put(RequestJournalHandler.ERROR_MESSAGE, refusal.getMessage());
      Responses.json(
          ctx,
          refusal.status(),
          new JsonObject()
              .put("statusCode", refusal.status())
              .put("message", refusal.getMessage()));
    } else if (failure instanceof LoginFailed login) {
      ctx.put(RequestJournalHandler.ERROR_CODE, "login_failed")
          .put(RequestJournalHandler.ERROR_MESSAGE, "Token refused: " + login.getMessage() + ".");
      ctx.response().putHeader("Cache-Control", "no-store");
      Responses.json(ctx, 500, new JsonObject().put("error", "login_failed"));
    } else if (failure != null && !ctx.request().isEnded()) {
      // reading the body failed (the form decoder refused a %-escape, the chunked framing broke,
      // the client went away): the client's fault, not ours; what follows on this connection
      // cannot be trusted, so it is answered if possible and closed
      ctx.put(RequestJournalHandler.ERROR_CODE, "BAD_REQUEST");
      ctx.response().putHeader("Connection", "close");
      Responses.json(ctx, 400, momoBody("BAD_REQUEST", "The request body could not be read."));
    } else if (failure != null && storeUnavailable.test(failure)) {
      ctx.put(RequestJournalHandler.ERROR_CODE, "SERVICE_UNAVAILABLE")
          .put(RequestJournalHandler.ERROR_MESSAGE, "state store unreachable");
      LOG.log(
          Level.WARNING,
          "state store unreachable on "
              + ctx.request().method()
              + " "
              + ctx.request().path()
              + ": "
              + failure);
      Responses.json(
          ctx,
          503,
          momoBody("SERVICE_UNAVAILABLE", "Service temporary unavailable, try again later"));
    } else if (failure != null) {
      LOG.log(
          Level.ERROR,
          "unexpected failure on " + ctx.request().method() + " " + ctx.request().path(),
          failure);
      Responses.json(
          ctx,
          500,
          momoBody("INTERNAL_PROCESSING_ERROR", "An internal error occurred while processing."));
    } else {
      byStatus(ctx, ctx.statusCode());
    }
  }

  /**
   * Answers for failures the router raises by status only (no route, wrong method, body too big).
   */
  public static void byStatus(RoutingContext ctx, int status) {
    String method = ctx.request().method().name();
    String path = ctx.request().path();
    switch (status) {
      case 404 ->
          answer(ctx, 404, "RESOURCE_NOT_FOUND", "No operation " + method + " " + path + ".");
      case 405 ->
          answer(
              ctx,
              405,
              "METHOD_NOT_ALLOWED",
              "Method " + method + " is not allowed on " + path + ".");
      case 413 -> answer(ctx, 413, "REQUEST_TOO_LARGE", "The request body is too large.");
      case 400 -> answer(ctx, 400, "BAD_REQUEST", "The request is malformed.");
      default ->
          answer(
              ctx,
              status < 400 ? 500 : status,
              "INTERNAL_PROCESSING_ERROR",
              "An internal error occurred while processing.");
    }
  }

  /** Answers in MoMo's shape, the request journal recording the code and message sent. */
  private static void answer(RoutingContext ctx, int status, String code, String message) {
    ctx.put(RequestJournalHandler.ERROR_CODE, code)
        .put(RequestJournalHandler.ERROR_MESSAGE, message);
    Responses.json(ctx, status, momoBody(code, message));
  }

  static JsonObject momoBody(String code, String message) {
    return new JsonObject().put("message", message).put("code", code);
  }
}

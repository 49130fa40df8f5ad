package dev.momosim.simulator.http;

import dev.momosim.simulator.app.Payments;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.MomoException;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;

/**
 * {@code DELETE /collection/v2_0/invoice/{referenceId}}: the partner cancels its unpaid invoice,
 * which then fails {@code TRANSACTION_CANCELED} (and its callback, if it asked for one, is sent).
 * The path names the invoice, as MTN's Postman does; {@code X-Reference-Id} (a UUID v4, required by
 * MTN's definition) names the cancelling. Answers 200 {@code {"externalId"}}: the body's, else the
 * invoice's.
 */
final class InvoiceCancelHandler implements Handler<RoutingContext> {
  private final Function<RoutingContext, Payments> payments;

  InvoiceCancelHandler(Function<RoutingContext, Payments> payments) {
    this.payments = payments;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String invoice = ReferenceIds.fromPath(ctx.pathParam("referenceId"));
    ReferenceIds.fromHeader(ctx.request().getHeader("X-Reference-Id"));
    String externalId = externalId(ctx);
    ApiUser user = ctx.get(ContextKeys.API_USER);
    payments
        .apply(ctx)
        .cancelInvoice(invoice, user.id())
        .onSuccess(
            cancelled -> {
              String echoed = externalId != null ? externalId : cancelled.request().externalId();
              JsonObject body = new JsonObject();
              if (echoed != null) {
                body.put("externalId", echoed);
              }
              Responses.json(ctx, 200, body);
            })
        .onFailure(ctx::fail);
  }

  private static String externalId(RoutingContext ctx) {
    Buffer body = ctx.body().buffer();
    if (body == null || body.length() == 0) {
      return null;
    }
    Object value = JsonBodies.object(ctx).getValue("externalId");
    if (value != null && !(value instanceof String) && !(value instanceof Number)) {
      throw MomoException.badRequest("externalId must be a string.");
    }
    return value == null ? null : value.toString();
  }
}

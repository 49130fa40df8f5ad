package dev.momosim.shop;

import dev.momosim.client.MomoClient;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The shop's JSON routes. {@code POST /pay} answers with the outcome once the order is done
 * (payment final, and payout final when the payment succeeded), or at once with 202 and the order
 * so far when asked with {@code wait=false} (query or body); {@code GET /payments/{referenceId}}
 * then tells the rest.
 */
final class PayRoutes {
  private final Checkout checkout;
  private final OrderStore store;
  private final MomoClient momo;

  PayRoutes(Checkout checkout, OrderStore store, MomoClient momo) {
    this.checkout = checkout;
    this.store = store;
    this.momo = momo;
  }

  void pay(RoutingContext ctx) {
    String key = ctx.request().getHeader("Idempotency-Key");
    String type = ctx.request().getHeader("Content-Type");
    PayRequest request;
    boolean wait;
    if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      JsonObject body = ctx.body().asJsonObject();
      if (body == null) {
        throw new PayRequest.Invalid(400, "body", "the body must be a JSON object");
      }
      request = PayRequest.fromJson(body, key);
      wait = !"false".equals(String.valueOf(body.getValue("wait", ctx.request().getParam("wait"))));
    } else {
      request = PayRequest.fromForm(ctx.request().formAttributes(), key);
      String asked = ctx.request().formAttributes().get("wait");
      wait = !"false".equals(asked != null ? asked : ctx.request().getParam("wait"));
    }
    Checkout.Started started = checkout.pay(request);
    if (!wait) {
      ctx.response()
          .setStatusCode(202)
          .putHeader("Location", "/payments/" + started.now().payment().referenceId());
      json(ctx, started.now().toJson());
      return;
    }
    started.done().onComplete(done -> json(ctx, done.toJson()), ctx::fail);
  }

  void payment(RoutingContext ctx) {
    String ref = ctx.pathParam("referenceId");
    store
        .byReferenceId(ref)
        .or(() -> store.byOrderId(ref))
        .ifPresentOrElse(
            order -> json(ctx, order.toJson()),
            () ->
                ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", "application/json")
                    .end(
                        new JsonObject()
                            .put("message", "no payment with reference id " + ref)
                            .encode()));
  }

  void balance(RoutingContext ctx) {
    momo.collections()
        .balance()
        .onSuccess(
            balance ->
                json(
                    ctx,
                    new JsonObject()
                        .put("availableBalance", balance.availableBalance())
                        .put("currency", balance.currency())))
        .onFailure(
            failure ->
                ctx.response()
                    .setStatusCode(502)
                    .putHeader("Content-Type", "application/json")
                    .end(
                        new JsonObject()
                            .put(
                                "message", "MoMo did not give the balance: " + failure.getMessage())
                            .encode()));
  }

  private static void json(RoutingContext ctx, JsonObject body) {
    if (!ctx.response().ended()) {
      ctx.response().putHeader("Content-Type", "application/json").end(body.encode());
    }
  }
}

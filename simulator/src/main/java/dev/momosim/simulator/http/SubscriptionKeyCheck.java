package dev.momosim.simulator.http;

import dev.momosim.simulator.app.Access;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's first check: {@code Ocp-Apim-Subscription-Key} (or the {@code subscription-key}
 * query parameter) must be a key of the product the path belongs to, or of any product for
 * provisioning. Records which product the key belongs to.
 */
final class SubscriptionKeyCheck implements Handler<RoutingContext> {
  static final String HEADER = "Ocp-Apim-Subscription-Key";

  private final Access access;
  private final Product required;

  /**
   * @param required the product whose key the path needs, or null to accept any product's key
   */
  SubscriptionKeyCheck(Access access, Product required) {
    this.access = access;
    this.required = required;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String key = ctx.request().getHeader(HEADER);
    if (key == null) {
      key = ctx.request().getParam("subscription-key");
    }
    if (key == null || key.isEmpty()) {
      ctx.fail(GatewayRefusal.missingSubscriptionKey());
      return;
    }
    Product product = access.productOfSubscriptionKey(key).orElse(null);
    if (product == null || (required != null && product != required)) {
      ctx.fail(GatewayRefusal.invalidSubscriptionKey());
      return;
    }
    ctx.put(ContextKeys.KEY_PRODUCT, product);
    ctx.next();
  }
}

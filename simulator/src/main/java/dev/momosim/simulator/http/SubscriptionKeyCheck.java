package dev.momosim.simulator.http;

import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The gateway's first check: {@code Ocp-Apim-Subscription-Key} (or the {@code subscription-key}
 * query parameter) must be a key of the product the path belongs to, or of any product for
 * provisioning. Records which product the key belongs to.
 */
final class SubscriptionKeyCheck implements Handler<RoutingContext> {
  static final String HEADER = "Ocp-Apim-Subscription-Key";

  private final Map<String, Product> productByKey = new HashMap<>();
  private final Product required;

  /**
   * @param required the product whose key the path needs, or null to accept any product's key
   */
  SubscriptionKeyCheck(SimulatorConfig config, Product required) {
    this.required = required;
    for (Product product : Product.values()) {
      config.subscriptionKeys(product).forEach(key -> productByKey.put(key, product));
    }
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
    Product product = productByKey.get(key.trim());
    if (product == null || (required != null && product != required)) {
      ctx.fail(GatewayRefusal.invalidSubscriptionKey());
      return;
    }
    ctx.put(ContextKeys.KEY_PRODUCT, product);
    ctx.next();
  }
}

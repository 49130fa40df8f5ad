package dev.momosim.client.internal;

import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.product.Product;
import dev.momosim.client.remittances.Remittances;
import io.vertx.core.Vertx;

/** {@link Remittances} over the remittance product's channel. Thread-safe. */
public final class RemittancesImpl extends TransferEndpoints implements Remittances {
  public RemittancesImpl(
      ApiChannel channel, Vertx vertx, PollingPolicy polling, String defaultCallbackUrl) {
    super(Product.REMITTANCE, channel, vertx, polling, defaultCallbackUrl);
  }
}

package dev.momosim.client.internal;

import dev.momosim.client.disbursements.Disbursements;
import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.product.Product;
import io.vertx.core.Vertx;

/** {@link Disbursements} over the disbursement product's channel. Thread-safe. */
public final class DisbursementsImpl extends TransferEndpoints implements Disbursements {
  public DisbursementsImpl(
      ApiChannel channel, Vertx vertx, PollingPolicy polling, String defaultCallbackUrl) {
    super(Product.DISBURSEMENT, channel, vertx, polling, defaultCallbackUrl);
  }
}

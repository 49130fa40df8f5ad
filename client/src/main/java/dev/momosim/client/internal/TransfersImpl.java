package dev.momosim.client.internal;

import dev.momosim.client.CreateOptions;
import dev.momosim.client.PollingPolicy;
import dev.momosim.client.Product;
import dev.momosim.client.Transfer;
import dev.momosim.client.disbursements.Disbursements;
import dev.momosim.client.remittances.Remittances;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * {@link Disbursements} and {@link Remittances}: the same transfer surface on two products.
 * Thread-safe.
 */
public final class TransfersImpl extends ProductEndpoints implements Disbursements, Remittances {

  public TransfersImpl(
      Product product,
      ApiChannel channel,
      Vertx vertx,
      PollingPolicy polling,
      String defaultCallbackUrl) {
    super(product, channel, "/v1_0/transfer", "payee", vertx, polling, defaultCallbackUrl);
  }

  @Override
  public Future<String> transfer(Transfer transfer, CreateOptions options) {
    return create(transfer, options);
  }
}

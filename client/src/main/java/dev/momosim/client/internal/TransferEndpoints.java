package dev.momosim.client.internal;

import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.model.Transfer;
import dev.momosim.client.product.Product;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The transfer surface that disbursements and remittances share; each product has its own final
 * class, so one cannot be cast to the other. Thread-safe.
 */
abstract class TransferEndpoints extends ProductEndpoints {
  TransferEndpoints(
      Product product,
      ApiChannel channel,
      Vertx vertx,
      PollingPolicy polling,
      String defaultCallbackUrl) {
    super(product, channel, "/v1_0/transfer", "payee", vertx, polling, defaultCallbackUrl);
  }

  public Future<String> transfer(Transfer transfer, CreateOptions options) {
    return create(transfer, options);
  }
}

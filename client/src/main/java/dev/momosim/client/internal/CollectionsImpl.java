package dev.momosim.client.internal;

import dev.momosim.client.collections.Collections;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.product.Product;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** {@link Collections} over the shared product endpoints. Thread-safe. */
public final class CollectionsImpl extends ProductEndpoints implements Collections {

  public CollectionsImpl(
      ApiChannel channel, Vertx vertx, PollingPolicy polling, String defaultCallbackUrl) {
    super(
        Product.COLLECTION,
        channel,
        "/v1_0/requesttopay",
        "payer",
        vertx,
        polling,
        defaultCallbackUrl);
  }

  @Override
  public Future<String> requestToPay(RequestToPay request, CreateOptions options) {
    return create(request, options);
  }
}

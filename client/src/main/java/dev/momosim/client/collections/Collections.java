package dev.momosim.client.collections;

import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.product.ProductOperations;
import io.vertx.core.Future;

/**
 * The Collection product: ask a payer to pay, then read the outcome with {@link #status(String)},
 * {@link #awaitFinal} or a callback. Obtain it with {@code MomoClient.collections()}.
 *
 * <p>Thread-safe. Every method returns at once; a failed {@code Future} carries a {@link
 * dev.momosim.client.exception.MomoException}.
 */
public interface Collections extends ProductOperations {

  /**
   * Sends a request-to-pay with a generated reference id and the default callback URL.
   *
   * @return the reference id, once MoMo accepted the request (202); the payer decides later
   */
  default Future<String> requestToPay(RequestToPay request) {
    return requestToPay(request, CreateOptions.defaults());
  }

  /**
   * Sends a request-to-pay. Transient failures are retried with the same reference id, so the payer
   * is asked at most once.
   *
   * @return the reference id, once MoMo accepted the request (202)
   */
  Future<String> requestToPay(RequestToPay request, CreateOptions options);
}

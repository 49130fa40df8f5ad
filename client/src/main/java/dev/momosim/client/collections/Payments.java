package dev.momosim.client.collections;

import dev.momosim.client.model.CreateOptions;
import io.vertx.core.Future;

/**
 * Payments v2 (bill payments, airtime): create one and read it. Obtain it with {@code
 * collections().payments()}. Thread-safe; every method returns at once and a failed {@code Future}
 * carries a {@link dev.momosim.client.exception.MomoException}.
 */
public interface Payments {

  /** Creates a payment with a generated reference id and the default callback URL. */
  default Future<String> create(CreatePayment payment) {
    return create(payment, CreateOptions.defaults());
  }

  /**
   * Creates a payment ({@code POST v2_0/payment}). Transient failures are retried with the same
   * reference id. A 409 after one of our own failed attempts counts as accepted once a status read
   * finds the id: MoMo's {@code PaymentResult} echoes nothing of the request to compare.
   *
   * @return the reference id, once MoMo accepted the payment (202)
   */
  Future<String> create(CreatePayment payment, CreateOptions options);

  /** Reads a payment ({@code GET v2_0/payment/{ref}}). */
  Future<PaymentResult> status(String referenceId);
}

package dev.momosim.client.internal;

import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.PaymentRequest;
import dev.momosim.client.model.Transaction;
import io.vertx.core.Future;
import java.util.function.Function;

/**
 * Sends a request-to-pay or transfer body idempotently through {@link IdempotentPost}: a 409 after
 * one of our own failed attempts is success when the stored payment is the one sent ({@link
 * SamePayment}). Thread-safe.
 */
final class PaymentCreator {

  private final IdempotentPost post;
  private final String resourcePath;
  private final String partyField;
  private final Function<String, Future<Transaction>> status;

  PaymentCreator(
      IdempotentPost post,
      String resourcePath,
      String partyField,
      Function<String, Future<Transaction>> status) {
    this.post = post;
    this.resourcePath = resourcePath;
    this.partyField = partyField;
    this.status = status;
  }

  Future<String> create(PaymentRequest payment, CreateOptions options) {
    return post.create(
        resourcePath,
        TransactionJson.encode(payment, partyField),
        options,
        status,
        stored -> SamePayment.test(payment, stored));
  }
}

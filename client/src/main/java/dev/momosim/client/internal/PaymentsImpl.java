package dev.momosim.client.internal;

import dev.momosim.client.collections.CreatePayment;
import dev.momosim.client.collections.PaymentResult;
import dev.momosim.client.collections.Payments;
import dev.momosim.client.model.Checks;
import dev.momosim.client.model.CreateOptions;
import io.vertx.core.Future;
import java.util.Objects;

/** {@link Payments} over the collection channel. Thread-safe. */
final class PaymentsImpl implements Payments {

  private final ApiChannel channel;
  private final IdempotentPost post;
  private final String path;

  PaymentsImpl(ApiChannel channel, IdempotentPost post) {
    this.channel = channel;
    this.post = post;
    this.path = channel.pathPrefix() + "/v2_0/payment";
  }

  @Override
  public Future<String> create(CreatePayment payment, CreateOptions options) {
    Objects.requireNonNull(payment, "payment must not be null");
    // PaymentResult echoes nothing of the request: a readable payment under our id is ours.
    return post.create(path, CollectionJson.payment(payment), options, this::status, read -> true);
  }

  @Override
  public Future<PaymentResult> status(String referenceId) {
    String id = Checks.notBlank(referenceId, "reference id");
    return channel
        .execute(ApiRequest.get(path + "/" + ProductEndpoints.segment(id), id))
        .map(response -> CollectionJson.paymentResult(response, id));
  }
}

package dev.momosim.client.internal;

import dev.momosim.client.disbursements.Disbursements;
import dev.momosim.client.disbursements.Refund;
import dev.momosim.client.model.ApiVersion;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.Transfer;
import dev.momosim.client.product.Product;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Objects;

/** {@link Disbursements} over the disbursement product's channel. Thread-safe. */
public final class DisbursementsImpl extends TransferEndpoints implements Disbursements {
  public DisbursementsImpl(
      ApiChannel channel, Vertx vertx, PollingPolicy polling, String defaultCallbackUrl) {
    super(Product.DISBURSEMENT, channel, vertx, polling, defaultCallbackUrl);
  }

  @Override
  public Future<String> deposit(ApiVersion version, Transfer deposit, CreateOptions options) {
    Objects.requireNonNull(version, "version must not be null");
    return createPayment(
        path(version, "deposit"), path(ApiVersion.V1, "deposit"), "payee", deposit, options);
  }

  @Override
  public Future<Transaction> depositStatus(String referenceId) {
    return transaction(path(ApiVersion.V1, "deposit"), referenceId, Deadline.NONE);
  }

  @Override
  public Future<Transaction> awaitDeposit(String referenceId, Duration timeout) {
    return awaitTransaction(path(ApiVersion.V1, "deposit"), referenceId, timeout);
  }

  @Override
  public Future<String> refund(ApiVersion version, Refund refund, CreateOptions options) {
    Objects.requireNonNull(version, "version must not be null");
    Objects.requireNonNull(refund, "refund must not be null");
    return post()
        .create(
            path(version, "refund"),
            RefundJson.encode(refund),
            options,
            this::refundStatus,
            stored ->
                SamePayment.sameAmount(refund.amount(), stored.amount())
                    && refund.currency().equalsIgnoreCase(String.valueOf(stored.currency()))
                    && SamePayment.sameText(refund.externalId(), stored.externalId()));
  }

  @Override
  public Future<Transaction> refundStatus(String referenceId) {
    return transaction(path(ApiVersion.V1, "refund"), referenceId, Deadline.NONE);
  }

  @Override
  public Future<Transaction> awaitRefund(String referenceId, Duration timeout) {
    return awaitTransaction(path(ApiVersion.V1, "refund"), referenceId, timeout);
  }

  /** Every status read is under v1_0: MTN defines no v2 read. */
  private String path(ApiVersion version, String resource) {
    return channel().pathPrefix() + "/" + version.pathSegment() + "/" + resource;
  }
}

package dev.momosim.client.internal;

import dev.momosim.client.collections.Collections;
import dev.momosim.client.collections.Invoices;
import dev.momosim.client.collections.Payments;
import dev.momosim.client.collections.PreApprovals;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.model.ApiVersion;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.product.Product;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Objects;

/** {@link Collections} over the shared product endpoints. Thread-safe. */
public final class CollectionsImpl extends ProductEndpoints implements Collections {

  private final Invoices invoices;
  private final PreApprovals preApprovals;
  private final Payments payments;
  private final DeliveryNotifications notifications;

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
    this.invoices = new InvoicesImpl(channel, post());
    this.preApprovals = new PreApprovalsImpl(channel, post());
    this.payments = new PaymentsImpl(channel, post());
    this.notifications = new DeliveryNotifications(channel);
  }

  @Override
  public Future<String> requestToPay(RequestToPay request, CreateOptions options) {
    return create(request, options);
  }

  @Override
  public Future<String> requestToWithdraw(
      ApiVersion version, RequestToPay request, CreateOptions options) {
    Objects.requireNonNull(version, "version must not be null");
    return createPayment(
        channel().pathPrefix() + "/" + version.pathSegment() + "/requesttowithdraw",
        withdrawals(),
        "payer",
        request,
        options);
  }

  @Override
  public Future<Transaction> requestToWithdrawStatus(String referenceId) {
    return transaction(withdrawals(), referenceId, Deadline.NONE);
  }

  @Override
  public Future<Transaction> awaitRequestToWithdraw(String referenceId, Duration timeout) {
    return awaitTransaction(withdrawals(), referenceId, timeout);
  }

  @Override
  public Future<Void> deliveryNotification(String referenceId, String message, String language) {
    return notifications.send(referenceId, message, language);
  }

  @Override
  public Invoices invoices() {
    return invoices;
  }

  @Override
  public PreApprovals preApprovals() {
    return preApprovals;
  }

  @Override
  public Payments payments() {
    return payments;
  }

  /** Both versions are read under v1_0: MTN defines no v2 status read. */
  private String withdrawals() {
    return channel().pathPrefix() + "/v1_0/requesttowithdraw";
  }
}

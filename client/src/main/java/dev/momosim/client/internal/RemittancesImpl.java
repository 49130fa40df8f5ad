package dev.momosim.client.internal;

import dev.momosim.client.model.Checks;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.product.Product;
import dev.momosim.client.remittances.CashTransfer;
import dev.momosim.client.remittances.CashTransferResult;
import dev.momosim.client.remittances.Remittances;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Objects;

/** {@link Remittances} over the remittance product's channel. Thread-safe. */
public final class RemittancesImpl extends TransferEndpoints implements Remittances {
  public RemittancesImpl(
      ApiChannel channel, Vertx vertx, PollingPolicy polling, String defaultCallbackUrl) {
    super(Product.REMITTANCE, channel, vertx, polling, defaultCallbackUrl);
  }

  @Override
  public Future<String> cashTransfer(CashTransfer transfer, CreateOptions options) {
    Objects.requireNonNull(transfer, "cash transfer must not be null");
    return post()
        .create(
            cashTransfers(),
            CashTransferJson.encode(transfer),
            options,
            this::cashTransferStatus,
            stored ->
                SamePayment.sameAmount(transfer.amount(), stored.amount())
                    && transfer.currency().equalsIgnoreCase(String.valueOf(stored.currency()))
                    && Objects.equals(transfer.payee(), stored.payee())
                    && SamePayment.sameText(transfer.externalId(), stored.externalId()));
  }

  @Override
  public Future<CashTransferResult> cashTransferStatus(String referenceId) {
    String id = Checks.notBlank(referenceId, "reference id");
    return channel()
        .execute(ApiRequest.get(cashTransfers() + "/" + ProductEndpoints.segment(id), id))
        .map(response -> CashTransferJson.decode(response, id));
  }

  private String cashTransfers() {
    return channel().pathPrefix() + "/v2_0/cashtransfer";
  }
}

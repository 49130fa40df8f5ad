package dev.momosim.client.internal;

import dev.momosim.client.disbursements.Refund;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** The body of a refund; its status reads as a {@link TransactionJson transaction}. */
final class RefundJson {

  private RefundJson() {}

  static Buffer encode(Refund refund) {
    JsonObject json =
        new JsonObject().put("amount", refund.amount()).put("currency", refund.currency());
    CollectionJson.putIfPresent(json, "externalId", refund.externalId());
    CollectionJson.putIfPresent(json, "payerMessage", refund.payerMessage());
    CollectionJson.putIfPresent(json, "payeeNote", refund.payeeNote());
    json.put("referenceIdToRefund", refund.referenceIdToRefund());
    return json.toBuffer();
  }
}

package dev.momosim.client.internal;

import dev.momosim.client.collections.CreateInvoice;
import dev.momosim.client.collections.InvoiceResult;
import dev.momosim.client.collections.Invoices;
import dev.momosim.client.model.Checks;
import dev.momosim.client.model.CreateOptions;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Objects;

/** {@link Invoices} over the collection channel. Thread-safe. */
final class InvoicesImpl implements Invoices {

  private final ApiChannel channel;
  private final IdempotentPost post;
  private final String path;

  InvoicesImpl(ApiChannel channel, IdempotentPost post) {
    this.channel = channel;
    this.post = post;
    this.path = channel.pathPrefix() + "/v2_0/invoice";
  }

  @Override
  public Future<String> create(CreateInvoice invoice, CreateOptions options) {
    Objects.requireNonNull(invoice, "invoice must not be null");
    return post.create(
        path,
        CollectionJson.invoice(invoice),
        options,
        this::status,
        stored ->
            SamePayment.sameAmount(invoice.amount(), stored.amount())
                && invoice.currency().equalsIgnoreCase(String.valueOf(stored.currency()))
                && SamePayment.sameText(invoice.externalId(), stored.externalId()));
  }

  @Override
  public Future<InvoiceResult> status(String referenceId) {
    String id = Checks.notBlank(referenceId, "reference id");
    return channel
        .execute(ApiRequest.get(path + "/" + ProductEndpoints.segment(id), id))
        .map(response -> CollectionJson.invoiceResult(response, id));
  }

  @Override
  public Future<Void> cancel(String referenceId, String externalId) {
    String id = Checks.uuidV4(referenceId, "reference id");
    JsonObject body = new JsonObject();
    CollectionJson.putIfPresent(body, "externalId", externalId);
    ApiRequest request =
        new ApiRequest(
            HttpMethod.DELETE,
            path + "/" + ProductEndpoints.segment(id),
            Map.of("X-Reference-Id", id),
            body.toBuffer(),
            id);
    return channel.execute(request).mapEmpty();
  }
}

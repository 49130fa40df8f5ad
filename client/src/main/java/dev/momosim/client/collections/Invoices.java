package dev.momosim.client.collections;

import dev.momosim.client.model.CreateOptions;
import io.vertx.core.Future;

/**
 * Invoices (v2): create one for a payer, read it, cancel it. Obtain it with {@code
 * collections().invoices()}. Thread-safe; every method returns at once and a failed {@code Future}
 * carries a {@link dev.momosim.client.exception.MomoException}.
 */
public interface Invoices {

  /** Creates an invoice with a generated reference id and the default callback URL. */
  default Future<String> create(CreateInvoice invoice) {
    return create(invoice, CreateOptions.defaults());
  }

  /**
   * Creates an invoice ({@code POST v2_0/invoice}). Transient failures are retried with the same
   * reference id; a 409 after one of our own failed attempts is confirmed with a status read.
   *
   * @return the reference id, once MoMo accepted the invoice (202)
   */
  Future<String> create(CreateInvoice invoice, CreateOptions options);

  /** Reads an invoice ({@code GET v2_0/invoice/{ref}}); 404 for an unknown reference id. */
  Future<InvoiceResult> status(String referenceId);

  /**
   * Cancels an invoice ({@code DELETE v2_0/invoice/{ref}}, body {@code {"externalId"}}). MTN's
   * definition is ambiguous about which id goes where, so the invoice's reference id is sent both
   * in the path and as {@code X-Reference-Id}, as MTN's own Postman collection does.
   *
   * @param externalId the invoice's external id, or {@code null}
   */
  Future<Void> cancel(String referenceId, String externalId);
}

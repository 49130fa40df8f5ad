package dev.momosim.client.internal;

import dev.momosim.client.collections.InvoiceResult;
import dev.momosim.client.collections.PaymentResult;
import dev.momosim.client.collections.PreApprovalResult;
import dev.momosim.client.remittances.CashTransferResult;
import io.vertx.core.buffer.Buffer;

/**
 * Callback bodies of the operations whose result is not a {@code Transaction}: each is the body its
 * status read returns, read by the same code.
 */
public final class CallbackBodies {
  private CallbackBodies() {}

  public static InvoiceResult invoice(Buffer body, String referenceId) {
    return CollectionJson.invoiceResult(response(body), referenceId);
  }

  public static PreApprovalResult preApproval(Buffer body, String referenceId) {
    return CollectionJson.preApprovalResult(response(body), referenceId);
  }

  public static PaymentResult payment(Buffer body, String referenceId) {
    return CollectionJson.paymentResult(response(body), referenceId);
  }

  public static CashTransferResult cashTransfer(Buffer body, String referenceId) {
    return CashTransferJson.decode(response(body), referenceId);
  }

  private static ApiResponse response(Buffer body) {
    return new ApiResponse(200, body == null ? Buffer.buffer() : body, null);
  }
}

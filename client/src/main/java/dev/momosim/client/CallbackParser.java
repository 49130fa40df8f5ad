package dev.momosim.client;

import dev.momosim.client.collections.InvoiceResult;
import dev.momosim.client.collections.PaymentResult;
import dev.momosim.client.collections.PreApprovalResult;
import dev.momosim.client.exception.MomoProtocolException;
import dev.momosim.client.internal.CallbackBodies;
import dev.momosim.client.internal.TransactionJson;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.remittances.CashTransferResult;
import io.vertx.core.buffer.Buffer;

/**
 * Turns the body of a MoMo callback (sent by PUT or POST; the final resource as a status read
 * returns it) into a {@link Transaction} (request-to-pay, withdrawal, transfer, deposit, refund),
 * or the result of an invoice, pre-approval, payment or cash transfer. Stateless and thread-safe.
 */
public final class CallbackParser {

  private CallbackParser() {}

  /**
   * @param body the callback body
   * @param referenceId the reference id, taken from the callback URL, or {@code null}
   * @throws MomoProtocolException when the body is not a transaction
   */
  public static Transaction parse(Buffer body, String referenceId) {
    return TransactionJson.decode(body, referenceId);
  }

  /** See {@link #parse(Buffer, String)}. */
  public static Transaction parse(String body, String referenceId) {
    return parse(Buffer.buffer(body == null ? "" : body), referenceId);
  }

  /**
   * An invoice's callback.
   *
   * @throws MomoProtocolException when the body is not an invoice
   */
  public static InvoiceResult parseInvoice(String body, String referenceId) {
    return CallbackBodies.invoice(buffer(body), referenceId);
  }

  /**
   * A pre-approval's callback.
   *
   * @throws MomoProtocolException when the body is not a pre-approval
   */
  public static PreApprovalResult parsePreApproval(String body, String referenceId) {
    return CallbackBodies.preApproval(buffer(body), referenceId);
  }

  /**
   * A payment's callback (its body carries the reference id).
   *
   * @throws MomoProtocolException when the body is not a payment
   */
  public static PaymentResult parsePayment(String body, String referenceId) {
    return CallbackBodies.payment(buffer(body), referenceId);
  }

  /**
   * A cash transfer's callback.
   *
   * @throws MomoProtocolException when the body is not a cash transfer
   */
  public static CashTransferResult parseCashTransfer(String body, String referenceId) {
    return CallbackBodies.cashTransfer(buffer(body), referenceId);
  }

  private static Buffer buffer(String body) {
    return Buffer.buffer(body == null ? "" : body);
  }
}

package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.TransactionStore;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionStatus;
import io.vertx.core.Future;
import java.math.BigDecimal;

/**
 * The one place for the refund rule: a refund's {@code referenceIdToRefund} must name a SUCCESSFUL
 * collection request-to-pay, in its currency, and all its refunds that did not fail may add up to
 * at most the amount paid. The refund pays the request-to-pay's payer. Checked when the refund is
 * accepted; refunds still pending count, so two at once cannot overspend.
 */
final class Refunds {
  private final TransactionStore store;

  Refunds(TransactionStore store) {
    this.store = store;
  }

  /**
   * The refund naming the payer it pays back.
   *
   * @return fails 404 RESOURCE_NOT_FOUND for an unknown request-to-pay, 409 NOT_ALLOWED for one
   *     that cannot be refunded (not SUCCESSFUL, another currency, or this amount too much)
   */
  Future<PaymentRequest> payee(PaymentRequest refund) {
    String refunded = refund.refundOf();
    return store
        .find(Product.COLLECTION, refunded)
        .map(
            found ->
                found
                    .filter(t -> t.request().operation() == Operation.REQUEST_TO_PAY)
                    .orElseThrow(
                        () ->
                            new MomoException(
                                404,
                                "RESOURCE_NOT_FOUND",
                                "referenceIdToRefund names no request-to-pay: " + refunded)))
        .compose(
            payment -> {
              if (payment.status() != TransactionStatus.SUCCESSFUL) {
                throw notRefundable(
                    "request-to-pay " + refunded + " is " + payment.status() + ", not SUCCESSFUL");
              }
              if (!payment.request().currency().equals(refund.currency())) {
                throw notRefundable(
                    "request-to-pay "
                        + refunded
                        + " was paid in "
                        + payment.request().currency()
                        + ", the refund asks for "
                        + refund.currency());
              }
              return store
                  .refundsOf(refunded)
                  .map(refunds -> checkedAgainst(refund, payment, refunds));
            });
  }

  private static PaymentRequest checkedAgainst(
      PaymentRequest refund, Transaction payment, Iterable<Transaction> refunds) {
    BigDecimal refundedSoFar = BigDecimal.ZERO;
    for (Transaction earlier : refunds) {
      if (earlier.status() != TransactionStatus.FAILED) {
        refundedSoFar = refundedSoFar.add(earlier.request().amount());
      }
    }
    BigDecimal left = payment.request().amount().subtract(refundedSoFar);
    if (refund.amount().compareTo(left) > 0) {
      throw notRefundable(
          "request-to-pay "
              + payment.referenceId()
              + " paid "
              + payment.request().amount().toPlainString()
              + ", of which "
              + left.max(BigDecimal.ZERO).toPlainString()
              + " is left to refund; the refund asks for "
              + refund.amount().toPlainString());
    }
    return refund.withParty(payment.request().party());
  }

  private static MomoException notRefundable(String why) {
    return new MomoException(409, "NOT_ALLOWED", "The payment cannot be refunded: " + why + ".");
  }
}

package dev.momosim.simulator.control;

import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Redaction;
import dev.momosim.simulator.domain.Transaction;
import java.time.Instant;

/** The control API's view of a transaction; the callback URL with its secrets masked. */
final class TransactionViews {
  private TransactionViews() {}

  static TransactionView of(Transaction transaction) {
    PaymentRequest request = transaction.request();
    return new TransactionView(
        request.referenceId(),
        request.product().pathName(),
        request.operation().pathName(),
        transaction.status().name(),
        transaction.reason(),
        Amounts.toWire(request.amount()),
        request.currency(),
        request.externalId(),
        request.party().type(),
        request.party().id(),
        request.payerMessage(),
        request.payeeNote(),
        transaction.financialTransactionId(),
        text(transaction.createdAt()),
        text(transaction.finishedAt()),
        transaction.isFinal() ? null : text(pendingUntil(transaction)),
        transaction.decidedBy(),
        Redaction.url(request.callbackUrl()));
  }

  /**
   * When a pending transaction will end on its own: the approval deadline or the planned decision.
   */
  private static Instant pendingUntil(Transaction transaction) {
    if (transaction.expiresAt() != null) {
      return transaction.expiresAt();
    }
    return transaction.decision() == null ? null : transaction.decision().at();
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}

package dev.momosim.contract;

import dev.momosim.client.MomoClient;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.Transfer;
import dev.momosim.contract.target.Await;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * The shop of the original brief's Example 1, written as a merchant would with the client: collect
 * the price from the buyer (request-to-pay, then wait), pay the seller 80% (transfer, then wait),
 * and treat a transfer that fails with NOT_ENOUGH_FUNDS as "insufficient balance". Immutable.
 */
final class Marketplace {

  private static final BigDecimal SELLER_SHARE = new BigDecimal("0.8");

  /** What became of the seller's share. */
  enum Payout {
    PAID,
    INSUFFICIENT_BALANCE,
    FAILED,
    NOT_ATTEMPTED
  }

  /**
   * One sale: the buyer's payment, the seller's transfer (null when not attempted), and the payout
   * result.
   */
  record Sale(Transaction payment, Transaction transfer, Payout payout) {}

  private final MomoClient momo;
  private final Duration deadline;

  Marketplace(MomoClient momo, Duration deadline) {
    this.momo = momo;
    this.deadline = deadline;
  }

  Sale sell(String orderId, Party buyer, Party seller, String price) {
    String payment =
        Await.result(
            momo.collections()
                .requestToPay(
                    new RequestToPay(
                        price, "EUR", orderId, buyer, "Order " + orderId, "Sale " + orderId)));
    Transaction paid = await(momo.collections().awaitFinal(payment, deadline));
    if (!paid.isSuccessful()) {
      return new Sale(paid, null, Payout.NOT_ATTEMPTED);
    }
    String share =
        new BigDecimal(price).multiply(SELLER_SHARE).stripTrailingZeros().toPlainString();
    String transfer =
        Await.result(
            momo.disbursements()
                .transfer(
                    new Transfer(
                        share,
                        "EUR",
                        orderId,
                        seller,
                        "Payout " + orderId,
                        "Your share of order " + orderId)));
    Transaction sent = await(momo.disbursements().awaitFinal(transfer, deadline));
    return new Sale(paid, sent, payoutOf(sent));
  }

  private static Payout payoutOf(Transaction transfer) {
    if (transfer.isSuccessful()) {
      return Payout.PAID;
    }
    boolean noFunds =
        transfer.failure().map(reason -> "NOT_ENOUGH_FUNDS".equals(reason.code())).orElse(false);
    return noFunds ? Payout.INSUFFICIENT_BALANCE : Payout.FAILED;
  }

  private Transaction await(io.vertx.core.Future<Transaction> future) {
    return Await.result(future, deadline.plusSeconds(10));
  }
}

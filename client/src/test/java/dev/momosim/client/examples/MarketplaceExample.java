package dev.momosim.client.examples;

import dev.momosim.client.MomoClient;
import dev.momosim.client.collections.Collections;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.disbursements.Disbursements;
import dev.momosim.client.exception.TransactionFailedException;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.ErrorReason;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transfer;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.UUID;

/**
 * The marketplace flow of the original brief's Example 1, fully asynchronous: collect the price
 * from the buyer, wait for it, pay the seller 80% by transfer, wait for that, and report "You have
 * insufficient balance" when a step fails with NOT_ENOUGH_FUNDS.
 */
public final class MarketplaceExample {

  private static final BigDecimal SELLER_SHARE = new BigDecimal("0.80");

  private final MomoClient momo;
  private final Duration patience;

  public MarketplaceExample(MomoClient momo, Duration patience) {
    this.momo = momo;
    this.patience = patience;
  }

  /** Runs one sale and answers with the message to show the buyer. */
  public Future<String> sell(
      String orderId, String buyerMsisdn, String sellerMsisdn, BigDecimal price) {
    Collections collections = momo.collections();
    Disbursements disbursements = momo.disbursements();
    // Choose (and, in a real shop, store) the reference ids first: re-sending them never pays
    // twice.
    String paymentRef = UUID.randomUUID().toString();
    String payoutRef = UUID.randomUUID().toString();
    RequestToPay payment =
        new RequestToPay(
            price.toPlainString(),
            "EUR",
            orderId,
            Party.msisdn(buyerMsisdn),
            "Order " + orderId,
            "Sale " + orderId);
    Transfer payout =
        new Transfer(
            price.multiply(SELLER_SHARE).setScale(2, RoundingMode.HALF_UP).toPlainString(),
            "EUR",
            orderId,
            Party.msisdn(sellerMsisdn),
            "Payout for order " + orderId,
            "Your 80%");

    return collections
        .requestToPay(payment, CreateOptions.defaults().withReferenceId(paymentRef))
        .compose(ref -> collections.awaitSuccessful(ref, patience))
        .compose(
            paid ->
                disbursements.transfer(payout, CreateOptions.defaults().withReferenceId(payoutRef)))
        .compose(ref -> disbursements.awaitSuccessful(ref, patience))
        .map(done -> "Payment succeeded and seller was paid 80%")
        .recover(MarketplaceExample::friendlyMessage);
  }

  private static Future<String> friendlyMessage(Throwable failure) {
    if (failure instanceof TransactionFailedException failed) {
      return Future.succeededFuture(
          failed.reason() == ErrorReason.NOT_ENOUGH_FUNDS
              ? "You have insufficient balance"
              : "Payment failed: " + failed.reason());
    }
    return Future.failedFuture(failure); // HTTP, transport and timeout failures go to the caller
  }
}

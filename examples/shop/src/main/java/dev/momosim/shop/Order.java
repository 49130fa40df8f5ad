package dev.momosim.shop;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One checkout: what was bought, the customer's payment and the seller's payout. Immutable; each
 * step of the flow stores a new one.
 *
 * @param orderId the idempotency key: a second {@code POST /pay} with it joins this order
 * @param payout {@code null} until the payment is SUCCESSFUL
 * @param done whether the flow has finished (the answer of a waiting {@code POST /pay})
 */
record Order(
    String orderId,
    String phone,
    Product product,
    int qty,
    String currency,
    Leg payment,
    Leg payout,
    String message,
    boolean done) {

  /** The seller's share of every sale. */
  static final BigDecimal SELLER_SHARE = new BigDecimal("0.8");

  String amount() {
    return plain(product.price().multiply(BigDecimal.valueOf(qty)));
  }

  String payoutAmount() {
    return plain(
        product
            .price()
            .multiply(BigDecimal.valueOf(qty))
            .multiply(SELLER_SHARE)
            .setScale(2, RoundingMode.DOWN));
  }

  /** Whether the customer's money moved. */
  boolean paid() {
    return "SUCCESSFUL".equals(payment.status());
  }

  boolean sameRequest(String otherPhone, int productId, int otherQty) {
    return phone.equals(otherPhone) && product.id() == productId && qty == otherQty;
  }

  Order withPayment(Leg leg, String newMessage) {
    return new Order(orderId, phone, product, qty, currency, leg, payout, newMessage, done);
  }

  Order withPayout(Leg leg, String newMessage) {
    return new Order(orderId, phone, product, qty, currency, payment, leg, newMessage, done);
  }

  Order finished(String finalMessage) {
    return new Order(orderId, phone, product, qty, currency, payment, payout, finalMessage, true);
  }

  Order reopened() {
    return new Order(orderId, phone, product, qty, currency, payment, payout, message, false);
  }

  JsonObject toJson() {
    return new JsonObject()
        .put("paid", paid())
        .put("done", done)
        .put("message", message)
        .put("orderId", orderId)
        .put("phone", phone)
        .put("productId", product.id())
        .put("qty", qty)
        .put("amount", amount())
        .put("currency", currency)
        .put("payment", payment.toJson())
        .put("payout", payout == null ? null : payout.toJson());
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}

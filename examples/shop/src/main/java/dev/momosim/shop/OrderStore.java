package dev.momosim.shop;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shop's own record of orders, in memory: by order id (the idempotency key) and by the
 * reference ids of their payment and payout. Thread-safe.
 */
final class OrderStore {
  private final Map<String, Order> byOrderId = new ConcurrentHashMap<>();
  private final Map<String, String> orderIdByReference = new ConcurrentHashMap<>();

  /**
   * Stores the order unless one with its id exists; returns the existing one, or {@code null} when
   * this one was stored. The payment's reference id is stored with it, before anything is sent.
   */
  Order insertIfNew(Order order) {
    Order existing = byOrderId.putIfAbsent(order.orderId(), order);
    if (existing == null) {
      orderIdByReference.put(order.payment().referenceId(), order.orderId());
    }
    return existing;
  }

  /** Replaces the stored order (same id); indexes a new payout reference id. */
  Order update(Order order) {
    byOrderId.put(order.orderId(), order);
    if (order.payout() != null) {
      orderIdByReference.putIfAbsent(order.payout().referenceId(), order.orderId());
    }
    return order;
  }

  Optional<Order> byOrderId(String orderId) {
    return Optional.ofNullable(byOrderId.get(orderId));
  }

  /** The order a payment or payout reference id belongs to. */
  Optional<Order> byReferenceId(String referenceId) {
    String orderId = orderIdByReference.get(referenceId);
    return orderId == null ? Optional.empty() : byOrderId(orderId);
  }
}

package dev.momosim.shop;

import io.vertx.core.json.JsonObject;

/**
 * One money movement of an order (the customer's payment or the seller's payout) as the shop knows
 * it. Immutable.
 *
 * @param referenceId the {@code X-Reference-Id}, chosen and stored before the creating POST
 * @param status {@code NEW} (stored, not yet accepted), {@code PENDING}, {@code SUCCESSFUL}, {@code
 *     FAILED}, or {@code UNKNOWN} (MoMo could not be reached, or no final status came within the
 *     approval window)
 * @param reason MoMo's reason code when FAILED (or the API's error code when the POST was refused);
 *     otherwise {@code null}
 * @param settledBy how the final status was learnt: {@code callback} (confirmed by a status read)
 *     or {@code polling}; {@code null} until final
 */
record Leg(String referenceId, String status, String reason, String settledBy) {

  static Leg created(String referenceId) {
    return new Leg(referenceId, "NEW", null, null);
  }

  Leg with(String newStatus, String newReason) {
    return new Leg(referenceId, newStatus, newReason, settledBy);
  }

  Leg settled(String newStatus, String newReason, String by) {
    return new Leg(referenceId, newStatus, newReason, by);
  }

  boolean isFinal() {
    return "SUCCESSFUL".equals(status) || "FAILED".equals(status);
  }

  JsonObject toJson() {
    return new JsonObject()
        .put("referenceId", referenceId)
        .put("status", status)
        .put("reason", reason)
        .put("settledBy", settledBy);
  }
}

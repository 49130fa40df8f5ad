package dev.momosim.simulator.acceptance;

import java.util.ArrayList;
import java.util.List;

/**
 * The key order of the real status samples in §9: a request-to-pay starts with
 * financialTransactionId (when SUCCESSFUL) then externalId; a transfer starts with amount,
 * currency. No financialTransactionId before SUCCESSFUL; reason only when FAILED.
 */
final class StatusKeys {
  private StatusKeys() {}

  static List<String> of(Product product, String status) {
    List<String> keys = new ArrayList<>();
    boolean successful = status.equals("SUCCESSFUL");
    if (product.isTransfer()) {
      keys.addAll(List.of("amount", "currency"));
      if (successful) {
        keys.add("financialTransactionId");
      }
      keys.addAll(List.of("externalId", "payee", "payerMessage", "payeeNote", "status"));
    } else {
      if (successful) {
        keys.add("financialTransactionId");
      }
      keys.addAll(
          List.of(
              "externalId", "amount", "currency", "payer", "payerMessage", "payeeNote", "status"));
    }
    if (status.equals("FAILED")) {
      keys.add("reason");
    }
    return keys;
  }
}

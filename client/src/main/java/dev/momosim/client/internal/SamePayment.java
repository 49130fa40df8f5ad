package dev.momosim.client.internal;

import dev.momosim.client.model.PaymentRequest;
import dev.momosim.client.model.Transaction;
import java.math.BigDecimal;
import java.util.Objects;

/** Whether a stored transaction is the payment we tried to create (MoMo may echo 12.50 as 12.5). */
final class SamePayment {

  private SamePayment() {}

  static boolean test(PaymentRequest sent, Transaction stored) {
    return sameAmount(sent.amount(), stored.amount())
        && sent.currency().equalsIgnoreCase(String.valueOf(stored.currency()))
        && Objects.equals(sent.party(), stored.party())
        && Objects.equals(blankToNull(sent.externalId()), blankToNull(stored.externalId()));
  }

  static boolean sameAmount(String sent, String stored) {
    try {
      return stored != null && new BigDecimal(sent).compareTo(new BigDecimal(stored)) == 0;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  /** Equal once blanks count as absent. */
  static boolean sameText(String sent, String stored) {
    return Objects.equals(blankToNull(sent), blankToNull(stored));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

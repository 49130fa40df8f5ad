package dev.momosim.simulator.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One ledger account as the control API shows it ({@code GET /_sim/accounts}).
 *
 * @param account the ledger key, e.g. {@code PARTNER:collection} or {@code MSISDN:46733123450}
 * @param opening its opening balance (moved by balances set by hand)
 * @param balance its balance now
 */
public record AccountView(String account, BigDecimal opening, BigDecimal balance) {
  public AccountView {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(opening, "opening");
    Objects.requireNonNull(balance, "balance");
    // One value, one representation: 12.50 and 12.5 are the same balance.
    opening = opening.stripTrailingZeros();
    balance = balance.stripTrailingZeros();
  }
}

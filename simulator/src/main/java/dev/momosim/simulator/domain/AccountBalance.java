package dev.momosim.simulator.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One ledger account's opening and current balance.
 *
 * @param account the ledger key, e.g. {@code PARTNER:collection} or {@code MSISDN:46733123450}
 */
public record AccountBalance(String account, BigDecimal opening, BigDecimal balance) {
  public AccountBalance {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(opening, "opening");
    Objects.requireNonNull(balance, "balance");
  }
}

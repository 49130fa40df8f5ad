package dev.momosim.simulator.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One page of {@code GET /_sim/accounts}: accounts sorted by key, and what wallet retention has
 * forgotten (docs/journals.md).
 *
 * @param next the {@code after} of the next page (the last key shown); null on the last page
 * @param forgottenWallets how many wallets {@code retention.maxWallets} has forgotten since the
 *     start or the last reset: each went back to its opening balance
 * @param forgottenNet what those wallets held beyond their opening balances when forgotten
 *     (negative when they had paid out more than they received); the sum of {@code balance -
 *     opening} over every account plus this is zero
 */
public record AccountPage(
    List<AccountView> accounts, String next, long forgottenWallets, BigDecimal forgottenNet) {
  public AccountPage {
    accounts = List.copyOf(accounts);
    Objects.requireNonNull(forgottenNet, "forgottenNet");
    forgottenNet = forgottenNet.stripTrailingZeros();
  }

  public boolean hasNext() {
    return next != null;
  }
}

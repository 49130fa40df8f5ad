package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.ForgottenWallets;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.List;

/**
 * Balances of partner accounts and wallets, by ledger key ({@code LedgerAccounts}). An account
 * opens at its configured opening balance the first time money moves in or out of it or it is set;
 * reading a balance opens nothing. Money only moves between two accounts, so the sum of {@code
 * balance - opening} over the accounts kept, plus {@link #forgotten()}'s net, is always zero.
 *
 * <p>A store may keep fewer wallets than were ever opened (retention, docs/journals.md): a wallet
 * whose balance and opening balance are both its configured opening balance differs in nothing from
 * one never opened; beyond a cap, the least recently used wallets are forgotten (they go back to
 * their configured opening balance) and counted in {@link #forgotten()}. Partner accounts are never
 * forgotten.
 */
public interface LedgerStore {
  Future<BigDecimal> balance(String account);

  /**
   * Moves the amount if the source holds enough; atomic: both balances change or neither does.
   *
   * @return false, moving nothing, when the source holds less than the amount
   */
  Future<Boolean> transfer(String from, String to, BigDecimal amount);

  /**
   * Sets a balance by hand; the opening balance moves by the same difference (money brought in from
   * outside, not moved), so the ledger stays balanced.
   */
  Future<AccountBalance> setBalance(String account, BigDecimal balance);

  /**
   * At most {@code limit} kept accounts sorted by key, each sorting after {@code after} (null: from
   * the first); holds no more than a page in memory.
   */
  Future<List<AccountBalance>> accounts(String after, int limit);

  /** The first {@code limit} kept accounts, sorted by key. */
  default Future<List<AccountBalance>> accounts(int limit) {
    return accounts(null, limit);
  }

  /** The wallets forgotten by retention since the store started or was cleared. */
  Future<ForgottenWallets> forgotten();

  Future<Void> clear();
}

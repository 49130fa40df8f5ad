package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.AccountBalance;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.List;

/**
 * Balances of partner accounts and wallets, by ledger key ({@code LedgerAccounts}). An account
 * opens at its configured opening balance the first time it is touched. Money only moves between
 * two accounts, so the sum of balances always equals the sum of opening balances.
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

  /** Every opened account, sorted by key, at most {@code limit}. */
  Future<List<AccountBalance>> accounts(int limit);

  Future<Void> clear();
}

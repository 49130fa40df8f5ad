package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.LedgerStore;
import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.ForgottenWallets;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.List;

/** Balances kept in memory, each change journalled through the {@link Gate}. */
final class JournalledLedger implements LedgerStore {
  private final LedgerStore memory;
  private final Gate gate;

  JournalledLedger(LedgerStore memory, Gate gate) {
    this.memory = memory;
    this.gate = gate;
  }

  @Override
  public Future<BigDecimal> balance(String account) {
    return memory.balance(account);
  }

  @Override
  public Future<Boolean> transfer(String from, String to, BigDecimal amount) {
    return gate.change(
        () -> memory.transfer(from, to, amount),
        moved -> moved ? new JournalEntry.MoneyMoved(from, to, amount) : null);
  }

  @Override
  public Future<AccountBalance> setBalance(String account, BigDecimal balance) {
    return gate.change(
        () -> memory.setBalance(account, balance),
        set -> new JournalEntry.BalanceSet(account, balance));
  }

  @Override
  public Future<List<AccountBalance>> accounts(String after, int limit) {
    return memory.accounts(after, limit);
  }

  @Override
  public Future<ForgottenWallets> forgotten() {
    return memory.forgotten();
  }

  @Override
  public Future<Void> clear() {
    return gate.change(memory::clear, done -> new JournalEntry.LedgerCleared());
  }
}

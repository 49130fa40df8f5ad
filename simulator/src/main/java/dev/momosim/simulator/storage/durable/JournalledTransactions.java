package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.TransactionStore;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionQuery;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/** Transactions kept in memory, each change journalled through the {@link Gate}. */
final class JournalledTransactions implements TransactionStore {
  private final TransactionStore memory;
  private final Gate gate;

  JournalledTransactions(TransactionStore memory, Gate gate) {
    this.memory = memory;
    this.gate = gate;
  }

  @Override
  public Future<Boolean> insertIfAbsent(Transaction transaction) {
    return gate.change(
        () -> memory.insertIfAbsent(transaction),
        inserted -> inserted ? new JournalEntry.TransactionAdded(transaction) : null);
  }

  @Override
  public Future<Optional<Long>> count() {
    return memory.count();
  }

  @Override
  public Future<Optional<Transaction>> find(Product product, String referenceId) {
    return memory.find(product, referenceId);
  }

  /**
   * A claim (only {@code settlingSince} changes) is not journalled: a claim never outlives the
   * process that made it (one found on start is released), so keeping it would change nothing.
   */
  @Override
  public Future<Boolean> compareAndSet(Transaction expected, Transaction next) {
    if (next.equals(expected.claimed(next.settlingSince()))) {
      return memory.compareAndSet(expected, next);
    }
    return gate.change(
        () -> memory.compareAndSet(expected, next),
        changed -> changed ? new JournalEntry.TransactionChanged(next) : null);
  }

  @Override
  public Future<List<Transaction>> list(TransactionQuery query) {
    return memory.list(query);
  }

  @Override
  public Future<List<Transaction>> refundsOf(String referenceIdToRefund) {
    return memory.refundsOf(referenceIdToRefund);
  }

  @Override
  public Future<List<Transaction>> unfinished() {
    return memory.unfinished();
  }

  @Override
  public Future<Void> clear() {
    return gate.change(memory::clear, done -> new JournalEntry.TransactionsCleared());
  }
}

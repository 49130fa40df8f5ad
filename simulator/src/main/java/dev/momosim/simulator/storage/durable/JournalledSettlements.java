package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.SettlementStore;
import dev.momosim.simulator.domain.Transaction;
import io.vertx.core.Future;

/** Settlements made in memory and journalled as one record: the move and the final status. */
final class JournalledSettlements implements SettlementStore {
  private final SettlementStore memory;
  private final Gate gate;

  JournalledSettlements(SettlementStore memory, Gate gate) {
    this.memory = memory;
    this.gate = gate;
  }

  @Override
  public Future<Transaction> moveAndFinish(
      Transaction claimed, Move move, Transaction ifMoved, Transaction ifRefused) {
    return gate.change(
        () -> memory.moveAndFinish(claimed, move, ifMoved, ifRefused),
        written ->
            new JournalEntry.Settled(
                move.from(), move.to(), move.amount(), written == ifMoved, written));
  }
}

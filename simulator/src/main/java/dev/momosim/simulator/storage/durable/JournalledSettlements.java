package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.SettlementStore;
import dev.momosim.simulator.domain.Transaction;
import io.vertx.core.Future;
import java.util.Optional;

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

  @Override
  public Future<Optional<Transaction>> insertFinished(
      Transaction pending, Move move, Transaction ifMoved, Transaction ifRefused) {
    return gate.change(
        () -> memory.insertFinished(pending, move, ifMoved, ifRefused),
        kept ->
            kept.map(
                    finished ->
                        move == null
                            ? new JournalEntry.ArrivedFinished(null, null, null, false, finished)
                            : new JournalEntry.ArrivedFinished(
                                move.from(),
                                move.to(),
                                move.amount(),
                                finished == ifMoved,
                                finished))
                .orElse(null));
  }
}

package dev.momosim.simulator.app.port;

import io.vertx.core.Future;

/**
 * Every piece of the simulator's state, one store per concern. Implementations are thread-safe and
 * keep the promises of this package ({@code package-info}).
 */
public interface SimulatorStore {
  ApiUserStore apiUsers();

  TokenStore tokens();

  TransactionStore transactions();

  LedgerStore ledger();

  BehaviourStore behaviour();

  ClockStore clock();

  CallbackJournalStore callbackJournal();

  RequestJournalStore requestJournal();

  /** Announces kept changes to every instance that shares this store. */
  ChangeFeed changes();

  /** Releases the store's resources once everything acknowledged is kept. */
  Future<Void> close();
}

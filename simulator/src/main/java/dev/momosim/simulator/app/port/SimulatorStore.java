package dev.momosim.simulator.app.port;

import io.vertx.core.Future;
import java.util.Optional;

/**
 * Every piece of the simulator's state, one store per concern. Implementations are thread-safe and
 * keep the promises of this package ({@code package-info}).
 */
public interface SimulatorStore {
  ApiUserStore apiUsers();

  TokenStore tokens();

  TransactionStore transactions();

  LedgerStore ledger();

  /** Moves money and ends a payment in one step, over {@link #transactions} and {@link #ledger}. */
  SettlementStore settlements();

  BehaviourStore behaviour();

  ClockStore clock();

  CallbackJournalStore callbackJournal();

  RequestJournalStore requestJournal();

  /** Consent requests and the oauth2 tokens they were redeemed for. */
  ConsentStore consents();

  /** Work due on the simulator clock: payment ends, expiries, callbacks to send. */
  WorkQueue work();

  /**
   * The whole state at one instant (no change lands half in it). A store that shares its state with
   * other instances may refuse while they run.
   */
  Future<StateImage> image();

  /**
   * Replaces the whole state with the image (the request log is kept), as one change: an
   * acknowledged restore is kept as durably as any other change.
   */
  Future<Void> restore(StateImage image);

  /** Announces kept changes to every instance that shares this store. */
  ChangeFeed changes();

  /** Whether a store kept outside this process (a database) answers now; empty for one inside. */
  default Future<Optional<Boolean>> reachable() {
    return Future.succeededFuture(Optional.empty());
  }

  /**
   * Whether {@code failure} says the store cannot be reached now (a lost connection, a timeout):
   * the request is then answered 503 and may be retried, rather than 500.
   */
  default boolean unavailable(Throwable failure) {
    return false;
  }

  /** Releases the store's resources once everything acknowledged is kept. */
  Future<Void> close();
}

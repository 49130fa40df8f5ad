package dev.momosim.simulator.storage.postgres;

import dev.momosim.simulator.app.port.ApiUserStore;
import dev.momosim.simulator.app.port.BehaviourStore;
import dev.momosim.simulator.app.port.CallbackJournalStore;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.app.port.ClockStore;
import dev.momosim.simulator.app.port.ConsentStore;
import dev.momosim.simulator.app.port.LedgerStore;
import dev.momosim.simulator.app.port.RequestJournalStore;
import dev.momosim.simulator.app.port.SettlementStore;
import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.app.port.StateImage;
import dev.momosim.simulator.app.port.TokenStore;
import dev.momosim.simulator.app.port.TransactionStore;
import dev.momosim.simulator.app.port.WorkQueue;
import dev.momosim.simulator.domain.ForgottenWallets;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.TransactionPropagation;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole state in PostgreSQL ({@code --database-url}), shared by every instance started on the
 * same database: each port's atomic operation is one statement or one database transaction, so the
 * rules hold across instances. The schema is migrated before this opens ({@link PgMigrations}).
 * Thread-safe.
 */
public final class PgStore implements SimulatorStore {
  /**
   * @param poolSize connections this instance keeps open at most
   * @param statementTimeout the longest a statement may run, and a request wait for a connection
   * @param workLease how long a taken job stays this instance's without renewal (its taker's death
   *     is noticed after this)
   */
  public record Settings(int poolSize, Duration statementTimeout, Duration workLease) {}

  private final String instance;
  private final Pool pool;
  private final PgTransactions transactions;
  private final PgLedger ledger;
  private final PgSettlements settlements;
  private final PgClock clock;
  private final PgWorkQueue work;
  private final PgChangeFeed changes;
  private final InMemoryStore local;

  private PgStore(Vertx vertx, DatabaseUrl url, Settings settings, InMemoryStore.Settings state) {
    this.instance = "momo-sim-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    PgConnectOptions connection =
        url.connectOptions()
            .addProperty("application_name", "momo-sim")
            .addProperty(
                "statement_timeout", Long.toString(settings.statementTimeout().toMillis()));
    this.pool =
        PgBuilder.pool()
            .with(
                new PoolOptions()
                    .setMaxSize(settings.poolSize())
                    .setConnectionTimeout((int) settings.statementTimeout().toMillis())
                    .setName("momo-sim-" + instance))
            .connectingTo(connection)
            .using(vertx)
            .build();
    this.local = new InMemoryStore(state);
    this.transactions = new PgTransactions(pool);
    this.ledger = new PgLedger(pool, state.openingBalanceOf());
    this.settlements = new PgSettlements(pool, ledger);
    this.clock = new PgClock(pool);
    this.work = new PgWorkQueue(vertx, pool, instance, settings.workLease());
    this.changes = new PgChangeFeed(vertx, pool, connection, instance);
  }

  /**
   * Opens the store on a migrated database and starts listening to the other instances' changes.
   */
  public static Future<PgStore> open(
      Vertx vertx, DatabaseUrl url, Settings settings, InMemoryStore.Settings state) {
    PgStore store = new PgStore(vertx, url, settings, state);
    return store.changes.listen().map(store);
  }

  @Override
  public Future<Optional<Boolean>> reachable() {
    return pool.query("SELECT 1").execute().map(true).otherwise(false).map(Optional::of);
  }

  @Override
  public boolean unavailable(Throwable failure) {
    return PgFailures.unavailable(failure);
  }

  @Override
  public ApiUserStore apiUsers() {
    return local.apiUsers();
  }

  @Override
  public TokenStore tokens() {
    return local.tokens();
  }

  @Override
  public TransactionStore transactions() {
    return transactions;
  }

  @Override
  public LedgerStore ledger() {
    return ledger;
  }

  @Override
  public SettlementStore settlements() {
    return settlements;
  }

  @Override
  public BehaviourStore behaviour() {
    return local.behaviour();
  }

  @Override
  public ClockStore clock() {
    return clock;
  }

  @Override
  public CallbackJournalStore callbackJournal() {
    return local.callbackJournal();
  }

  @Override
  public RequestJournalStore requestJournal() {
    return local.requestJournal();
  }

  @Override
  public ConsentStore consents() {
    return local.consents();
  }

  @Override
  public WorkQueue work() {
    return work;
  }

  /** One consistent view of the whole state (a repeatable-read database transaction). */
  @Override
  public Future<StateImage> image() {
    return local
        .image()
        .compose(
            rest ->
                pool.withTransaction(
                    TransactionPropagation.NONE,
                    tx ->
                        tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                            .execute()
                            .compose(isolated -> PgTransactions.all(tx))
                            .compose(
                                kept ->
                                    PgLedger.all(tx)
                                        .compose(
                                            accounts ->
                                                clock
                                                    .load()
                                                    .map(
                                                        now ->
                                                            new StateImage(
                                                                rest.apiUsers(),
                                                                rest.tokens(),
                                                                kept,
                                                                accounts,
                                                                ForgottenWallets.NONE,
                                                                rest.rules(),
                                                                rest.approvalMode(),
                                                                now,
                                                                rest.callbacks(),
                                                                rest.lastCallbackNumber(),
                                                                rest.consents(),
                                                                rest.consentGrants()))))));
  }

  /** Replaces the whole state in one database transaction; scheduled work is forgotten with it. */
  @Override
  public Future<Void> restore(StateImage image) {
    return pool.withTransaction(
            tx ->
                PgTransactions.restoreIn(tx, image.transactions())
                    .compose(done -> PgLedger.restoreIn(tx, image.accounts()))
                    .compose(done -> PgClock.saveIn(tx, image.clock()))
                    .compose(done -> PgWorkQueue.clearIn(tx)))
        .compose(done -> local.restore(image));
  }

  @Override
  public ChangeFeed changes() {
    return changes;
  }

  @Override
  public Future<Void> close() {
    work.close();
    return changes.close().eventually(pool::close);
  }
}

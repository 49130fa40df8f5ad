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
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.behaviour.RuleUses;
import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.ClockState;
import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import dev.momosim.simulator.domain.ForgottenWallets;
import dev.momosim.simulator.domain.TokenGrant;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.TransactionPropagation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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

  /** Consent requests, and grants, kept at most (as many as the in-memory store keeps). */
  private static final int CONSENTS_KEPT = 10_000;

  /** How long a tenant's store keeps a connection nobody uses. */
  private static final int TENANT_IDLE_SECONDS = 10;

  private final String instance;
  private final Pool pool;
  private final PgTransactions transactions;
  private final PgLedger ledger;
  private final PgSettlements settlements;
  private final PgClock clock;
  private final PgWorkQueue work;
  private final PgChangeFeed changes;
  private final PgApiUsers apiUsers;
  private final PgTokens tokens;
  private final PgBehaviour behaviour;
  private final PgConsents consents;
  private PgCallbackJournal callbackJournal;
  private PgRequestJournal requestJournal;

  private PgStore(
      Vertx vertx,
      DatabaseUrl url,
      Optional<TenantSchema> tenant,
      Settings settings,
      InMemoryStore.Settings state,
      RuleFileParser ruleParser) {
    this.instance = "momo-sim-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    PgConnectOptions connection =
        url.connectOptions()
            .addProperty("application_name", "momo-sim")
            .addProperty(
                "statement_timeout", Long.toString(settings.statementTimeout().toMillis()));
    tenant.ifPresent(schema -> connection.addProperty("search_path", schema.schema()));
    this.pool =
        PgBuilder.pool()
            .with(
                new PoolOptions()
                    .setMaxSize(settings.poolSize())
                    // a tenant's idle connections go back to the server (docs/tenants.md)
                    .setIdleTimeout(tenant.isPresent() ? TENANT_IDLE_SECONDS : 0)
                    .setIdleTimeoutUnit(TimeUnit.SECONDS)
                    .setConnectionTimeout((int) settings.statementTimeout().toMillis())
                    .setName("momo-sim-" + instance))
            .connectingTo(connection)
            .using(vertx)
            .build();
    this.apiUsers = new PgApiUsers(pool);
    this.tokens = new PgTokens(pool);
    this.behaviour =
        new PgBehaviour(pool, ruleParser, state.initialRules(), state.initialApprovalMode());
    this.consents = new PgConsents(pool, CONSENTS_KEPT);
    this.transactions = new PgTransactions(pool);
    this.ledger = new PgLedger(pool, state.openingBalanceOf());
    this.settlements = new PgSettlements(pool, ledger);
    this.clock = new PgClock(pool);
    this.work = new PgWorkQueue(vertx, pool, instance, settings.workLease());
    this.changes =
        tenant.isEmpty()
            ? new PgChangeFeed(vertx, pool, connection, instance)
            : new PgChangeFeed(
                pool,
                instance,
                PgChangeFeed.CHANNEL + "_" + tenant.get().schema(),
                tenant.get().subscriber());
  }

  /**
   * Opens the store on a migrated database and starts listening to the other instances' changes.
   */
  public static Future<PgStore> open(
      Vertx vertx,
      DatabaseUrl url,
      Settings settings,
      InMemoryStore.Settings state,
      RuleFileParser ruleParser) {
    return open(vertx, url, Optional.empty(), settings, state, ruleParser);
  }

  /**
   * Where one tenant's store lives (docs/tenants.md): its schema, and the LISTEN connection its
   * instance shares between tenants ({@link PgTenants#subscriber}).
   */
  public record TenantSchema(String schema, PgSubscriber subscriber) {}

  /**
   * Opens the store of one tenant (docs/tenants.md): the same tables in its own schema, migrated
   * before ({@link PgMigrations#migrate(DatabaseUrl, String)}), and its own change channel.
   */
  public static Future<PgStore> openTenant(
      Vertx vertx,
      DatabaseUrl url,
      TenantSchema tenant,
      Settings settings,
      InMemoryStore.Settings state,
      RuleFileParser ruleParser) {
    return open(vertx, url, Optional.of(tenant), settings, state, ruleParser);
  }

  private static Future<PgStore> open(
      Vertx vertx,
      DatabaseUrl url,
      Optional<TenantSchema> tenant,
      Settings settings,
      InMemoryStore.Settings state,
      RuleFileParser ruleParser) {
    PgStore store = new PgStore(vertx, url, tenant, settings, state, ruleParser);
    return PgCallbackJournal.open(store.pool, state.callbackJournalCapacity())
        .compose(
            callbacks -> {
              store.callbackJournal = callbacks;
              return PgRequestJournal.open(store.pool, state.requestJournalCapacity());
            })
        .compose(
            requests -> {
              store.requestJournal = requests;
              // The first instance on an empty database writes its rules and approval mode; the
              // others find them, and every instance reports the shared mode from the start.
              return store.behaviour.seed();
            })
        .compose(seeded -> store.changes.listen())
        .map(store)
        .recover(failed -> store.close().transform(closed -> Future.failedFuture(failed)));
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
    return apiUsers;
  }

  @Override
  public TokenStore tokens() {
    return tokens;
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
    return behaviour;
  }

  @Override
  public ClockStore clock() {
    return clock;
  }

  @Override
  public CallbackJournalStore callbackJournal() {
    return callbackJournal;
  }

  @Override
  public RequestJournalStore requestJournal() {
    return requestJournal;
  }

  @Override
  public ConsentStore consents() {
    return consents;
  }

  @Override
  public WorkQueue work() {
    return work;
  }

  /** One consistent view of the whole state (a repeatable-read database transaction). */
  @Override
  public Future<StateImage> image() {
    return pool.withTransaction(
        TransactionPropagation.NONE,
        tx ->
            tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                .execute()
                .compose(isolated -> imageIn(tx)));
  }

  private Future<StateImage> imageIn(SqlConnection tx) {
    Future<List<ApiUser>> users = apiUsers.all(tx);
    Future<List<TokenGrant>> grants = users.compose(done -> tokens.all(tx));
    Future<List<Transaction>> kept = grants.compose(done -> PgTransactions.all(tx));
    Future<List<AccountBalance>> accounts = kept.compose(done -> PgLedger.all(tx));
    Future<RuleUses> rules = accounts.compose(done -> behaviour.uses(tx));
    Future<ApprovalMode> mode = rules.compose(done -> behaviour.approvalMode(tx));
    Future<ClockState> now = mode.compose(done -> PgClock.load(tx, ""));
    Future<List<CallbackDelivery>> callbacks = now.compose(done -> callbackJournal.all(tx));
    Future<Long> lastCallback = callbacks.compose(done -> callbackJournal.lastNumber(tx));
    Future<List<ConsentRequest>> requests = lastCallback.compose(done -> consents.allRequests(tx));
    Future<List<ConsentGrant>> consentGrants = requests.compose(done -> consents.allGrants(tx));
    return consentGrants.map(
        done ->
            new StateImage(
                users.result(),
                grants.result(),
                kept.result(),
                accounts.result(),
                ForgottenWallets.NONE,
                rules.result(),
                mode.result(),
                now.result(),
                callbacks.result(),
                lastCallback.result(),
                requests.result(),
                consentGrants.result()));
  }

  /**
   * Replaces the whole state (but the request journal) in one database transaction; scheduled work
   * is forgotten with it.
   */
  @Override
  public Future<Void> restore(StateImage image) {
    return pool.withTransaction(
        tx ->
            apiUsers
                .restoreIn(tx, image.apiUsers())
                .compose(done -> tokens.restoreIn(tx, image.tokens()))
                .compose(done -> PgTransactions.restoreIn(tx, image.transactions()))
                .compose(done -> PgLedger.restoreIn(tx, image.accounts()))
                .compose(done -> behaviour.restoreIn(tx, image.rules(), image.approvalMode()))
                .compose(done -> PgClock.saveIn(tx, image.clock()))
                .compose(
                    done ->
                        callbackJournal.restoreIn(
                            tx, image.callbacks(), image.lastCallbackNumber()))
                .compose(done -> consents.restoreIn(tx, image.consents(), image.consentGrants()))
                .compose(done -> PgWorkQueue.clearIn(tx)));
  }

  @Override
  public ChangeFeed changes() {
    return changes;
  }

  @Override
  public Future<Void> close() {
    work.close();
    return changes.close().otherwiseEmpty().eventually(pool::close);
  }
}

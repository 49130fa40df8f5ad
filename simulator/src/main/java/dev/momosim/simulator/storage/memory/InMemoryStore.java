package dev.momosim.simulator.storage.memory;

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
import dev.momosim.simulator.behaviour.Rule;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The default store: everything in this process's memory, lost on exit. Every operation is
 * lock-free or a single atomic map operation and completes before it returns, so the request path
 * costs no more than the maps themselves. Thread-safe.
 */
public final class InMemoryStore implements SimulatorStore {
  /**
   * What an empty in-memory store starts with and how much it keeps.
   *
   * @param retainedWallets beyond this many stored wallets, the least recently used are forgotten
   */
  public record Settings(
      int retainedTransactions,
      int callbackJournalCapacity,
      int requestJournalCapacity,
      Function<String, BigDecimal> openingBalanceOf,
      List<Rule> initialRules,
      ApprovalMode initialApprovalMode,
      int retainedWallets) {

    /** Settings that keep every wallet. */
    public Settings(
        int retainedTransactions,
        int callbackJournalCapacity,
        int requestJournalCapacity,
        Function<String, BigDecimal> openingBalanceOf,
        List<Rule> initialRules,
        ApprovalMode initialApprovalMode) {
      this(
          retainedTransactions,
          callbackJournalCapacity,
          requestJournalCapacity,
          openingBalanceOf,
          initialRules,
          initialApprovalMode,
          Integer.MAX_VALUE);
    }
  }

  /** Shared by settlements (which span two stores), exclusive for an image or a restore. */
  private final ReadWriteLock whole = new ReentrantReadWriteLock();

  private final InMemoryApiUsers apiUsers = new InMemoryApiUsers();
  private final InMemoryTokens tokens = new InMemoryTokens();
  private final InMemoryWorkQueue work = new InMemoryWorkQueue();
  private final InMemoryTransactionStore transactions;
  private final InMemoryLedger ledger;
  private final SettlementStore settlements;
  private final InMemoryBehaviour behaviour;
  private final InMemoryClock clock = new InMemoryClock();
  private final InMemoryCallbackJournal callbackJournal;
  private final RequestJournalStore requestJournal;
  private final ChangeFeed changes = new InMemoryChangeFeed();
  private final InMemoryConsents consents = new InMemoryConsents();

  public InMemoryStore(Settings settings) {
    this.transactions = new InMemoryTransactionStore(settings.retainedTransactions());
    this.ledger = new InMemoryLedger(settings.openingBalanceOf(), settings.retainedWallets());
    this.settlements = new InMemorySettlements(transactions, ledger, whole.readLock());
    this.behaviour = new InMemoryBehaviour(settings.initialRules(), settings.initialApprovalMode());
    this.callbackJournal = new InMemoryCallbackJournal(settings.callbackJournalCapacity());
    this.requestJournal = new InMemoryRequestJournal(settings.requestJournalCapacity());
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
  public ChangeFeed changes() {
    return changes;
  }

  @Override
  public ConsentStore consents() {
    return consents;
  }

  @Override
  public WorkQueue work() {
    return work;
  }

  /**
   * The whole state; no settlement lands half in it. Other changes are each single-key and atomic,
   * so each is in the image or not.
   */
  @Override
  public Future<StateImage> image() {
    whole.writeLock().lock();
    try {
      return Future.succeededFuture(
          new StateImage(
              apiUsers.all(),
              tokens.all(),
              transactions.all(),
              ledger.all(),
              ledger.forgotten().result(),
              behaviour.uses().result(),
              behaviour.approvalMode().result(),
              clock.load().result(),
              callbackJournal.all(),
              callbackJournal.lastNumber(),
              consents.allRequests(),
              consents.allGrants()));
    } finally {
      whole.writeLock().unlock();
    }
  }

  @Override
  public Future<Void> restore(StateImage image) {
    whole.writeLock().lock();
    try {
      apiUsers.restore(image.apiUsers());
      tokens.restore(image.tokens());
      transactions.restore(image.transactions());
      ledger.restore(image.accounts(), image.forgottenWallets());
      behaviour.restore(image.rules(), image.approvalMode());
      clock.save(image.clock());
      callbackJournal.restore(image.callbacks(), image.lastCallbackNumber());
      consents.restore(image.consents(), image.consentGrants());
      return Future.succeededFuture();
    } finally {
      whole.writeLock().unlock();
    }
  }

  @Override
  public Future<Void> close() {
    return Future.succeededFuture();
  }
}

package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.ApiUserStore;
import dev.momosim.simulator.app.port.BehaviourStore;
import dev.momosim.simulator.app.port.CallbackJournalStore;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.app.port.ClockStore;
import dev.momosim.simulator.app.port.LedgerStore;
import dev.momosim.simulator.app.port.RequestJournalStore;
import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.app.port.TokenStore;
import dev.momosim.simulator.app.port.TransactionStore;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.Rule;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.List;
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

  private final ApiUserStore apiUsers = new InMemoryApiUsers();
  private final TokenStore tokens = new InMemoryTokens();
  private final TransactionStore transactions;
  private final LedgerStore ledger;
  private final BehaviourStore behaviour;
  private final ClockStore clock = new InMemoryClock();
  private final CallbackJournalStore callbackJournal;
  private final RequestJournalStore requestJournal;
  private final ChangeFeed changes = new InMemoryChangeFeed();

  public InMemoryStore(Settings settings) {
    this.transactions = new InMemoryTransactionStore(settings.retainedTransactions());
    this.ledger = new InMemoryLedger(settings.openingBalanceOf(), settings.retainedWallets());
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
  public Future<Void> close() {
    return Future.succeededFuture();
  }
}

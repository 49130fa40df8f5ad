package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.domain.Transaction;
import java.util.List;

/**
 * Applies journal records to a store in memory, in order, through the same port operations that
 * made them, so the state comes out as it was. Runs at start, before the simulator serves.
 */
final class Replay {
  private final SimulatorStore memory;
  private final RuleFileParser ruleParser;

  Replay(SimulatorStore memory, RuleFileParser ruleParser) {
    this.memory = memory;
    this.ruleParser = ruleParser;
  }

  void apply(List<JournalEntry> entries) {
    entries.forEach(this::apply);
  }

  private void apply(JournalEntry entry) {
    if (entry instanceof JournalEntry.UserAdded e) {
      memory.apiUsers().insertIfAbsent(e.user());
    } else if (entry instanceof JournalEntry.KeyReplaced e) {
      memory.apiUsers().replaceKey(e.id(), e.apiKeyDigest());
    } else if (entry instanceof JournalEntry.UsersCleared) {
      memory.apiUsers().clear();
    } else if (entry instanceof JournalEntry.TokenSaved e) {
      memory.tokens().save(e.token());
    } else if (entry instanceof JournalEntry.TokensCleared) {
      memory.tokens().clear();
    } else if (entry instanceof JournalEntry.TenantUsersRemoved e) {
      memory.apiUsers().removeTenant(e.tenant());
    } else if (entry instanceof JournalEntry.TokensOfRemoved e) {
      memory.tokens().removeOwners(e.owners());
    } else if (entry instanceof JournalEntry.TransactionAdded e) {
      memory.transactions().insertIfAbsent(e.transaction());
    } else if (entry instanceof JournalEntry.TransactionChanged e) {
      replace(e.transaction());
    } else if (entry instanceof JournalEntry.Settled e) {
      if (e.moved()) {
        memory.ledger().transfer(e.from(), e.to(), e.amount());
      }
      replace(e.transaction());
    } else if (entry instanceof JournalEntry.ArrivedFinished e) {
      if (e.moved()) {
        memory.ledger().transfer(e.from(), e.to(), e.amount());
      }
      memory.transactions().insertIfAbsent(e.transaction());
    } else if (entry instanceof JournalEntry.TransactionsCleared) {
      memory.transactions().clear();
    } else if (entry instanceof JournalEntry.MoneyMoved e) {
      memory.ledger().transfer(e.from(), e.to(), e.amount());
    } else if (entry instanceof JournalEntry.BalanceSet e) {
      memory.ledger().setBalance(e.account(), e.balance());
    } else if (entry instanceof JournalEntry.LedgerCleared) {
      memory.ledger().clear();
    } else if (entry instanceof JournalEntry.RulesReplaced e) {
      memory.behaviour().replaceRules(ruleParser.parseRules(e.rules()));
    } else if (entry instanceof JournalEntry.RulesPrepended e) {
      memory.behaviour().prependRules(ruleParser.parseRules(e.rules()));
    } else if (entry instanceof JournalEntry.UseTaken e) {
      memory.behaviour().takeUse(e.version(), e.index());
    } else if (entry instanceof JournalEntry.ApprovalModeSet e) {
      memory.behaviour().setApprovalMode(e.mode());
    } else if (entry instanceof JournalEntry.ClockSaved e) {
      memory.clock().save(e.state());
    } else if (entry instanceof JournalEntry.CallbackAdded e) {
      memory.callbackJournal().add(e.delivery());
    } else if (entry instanceof JournalEntry.CallbackChanged e) {
      memory.callbackJournal().update(e.delivery().id(), kept -> e.delivery());
    } else if (entry instanceof JournalEntry.CallbacksCleared) {
      memory.callbackJournal().clear();
    } else if (entry instanceof JournalEntry.ConsentAdded e) {
      memory.consents().insert(e.request());
    } else if (entry instanceof JournalEntry.ConsentChanged e) {
      memory
          .consents()
          .find(e.request().authReqId())
          .result()
          .ifPresent(current -> memory.consents().compareAndSet(current, e.request()));
    } else if (entry instanceof JournalEntry.GrantSaved e) {
      memory.consents().saveGrant(e.grant());
    } else if (entry instanceof JournalEntry.ConsentsCleared) {
      memory.consents().clear();
    } else {
      throw new IllegalStateException("no replay for " + entry.getClass().getSimpleName());
    }
  }

  /** The stored transaction with this product and reference id becomes {@code next}. */
  private void replace(Transaction next) {
    memory
        .transactions()
        .find(next.product(), next.referenceId())
        .result()
        .ifPresent(current -> memory.transactions().compareAndSet(current, next));
  }
}

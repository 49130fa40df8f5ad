package dev.momosim.simulator.storage.durable;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.ClockState;
import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import dev.momosim.simulator.domain.TokenGrant;
import dev.momosim.simulator.domain.Transaction;
import java.math.BigDecimal;
import java.util.List;

/**
 * One kept change, as the journal holds it: the store operation that was acknowledged, with what it
 * changed. Replaying the entries in order on the state of the snapshot before them gives the state
 * again ({@link Replay}). Each is one line of JSON whose {@code op} names it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
  @JsonSubTypes.Type(value = JournalEntry.UserAdded.class, name = "userAdded"),
  @JsonSubTypes.Type(value = JournalEntry.KeyReplaced.class, name = "keyReplaced"),
  @JsonSubTypes.Type(value = JournalEntry.UsersCleared.class, name = "usersCleared"),
  @JsonSubTypes.Type(value = JournalEntry.TokenSaved.class, name = "tokenSaved"),
  @JsonSubTypes.Type(value = JournalEntry.TokensCleared.class, name = "tokensCleared"),
  @JsonSubTypes.Type(value = JournalEntry.TenantUsersRemoved.class, name = "tenantUsersRemoved"),
  @JsonSubTypes.Type(value = JournalEntry.TokensOfRemoved.class, name = "tokensOfRemoved"),
  @JsonSubTypes.Type(value = JournalEntry.TransactionAdded.class, name = "transactionAdded"),
  @JsonSubTypes.Type(value = JournalEntry.TransactionChanged.class, name = "transactionChanged"),
  @JsonSubTypes.Type(value = JournalEntry.Settled.class, name = "settled"),
  @JsonSubTypes.Type(value = JournalEntry.ArrivedFinished.class, name = "arrivedFinished"),
  @JsonSubTypes.Type(value = JournalEntry.TransactionsCleared.class, name = "transactionsCleared"),
  @JsonSubTypes.Type(value = JournalEntry.MoneyMoved.class, name = "moneyMoved"),
  @JsonSubTypes.Type(value = JournalEntry.BalanceSet.class, name = "balanceSet"),
  @JsonSubTypes.Type(value = JournalEntry.LedgerCleared.class, name = "ledgerCleared"),
  @JsonSubTypes.Type(value = JournalEntry.RulesReplaced.class, name = "rulesReplaced"),
  @JsonSubTypes.Type(value = JournalEntry.RulesPrepended.class, name = "rulesPrepended"),
  @JsonSubTypes.Type(value = JournalEntry.UseTaken.class, name = "useTaken"),
  @JsonSubTypes.Type(value = JournalEntry.ApprovalModeSet.class, name = "approvalModeSet"),
  @JsonSubTypes.Type(value = JournalEntry.ClockSaved.class, name = "clockSaved"),
  @JsonSubTypes.Type(value = JournalEntry.CallbackAdded.class, name = "callbackAdded"),
  @JsonSubTypes.Type(value = JournalEntry.CallbackChanged.class, name = "callbackChanged"),
  @JsonSubTypes.Type(value = JournalEntry.CallbacksCleared.class, name = "callbacksCleared"),
  @JsonSubTypes.Type(value = JournalEntry.ConsentAdded.class, name = "consentAdded"),
  @JsonSubTypes.Type(value = JournalEntry.ConsentChanged.class, name = "consentChanged"),
  @JsonSubTypes.Type(value = JournalEntry.GrantSaved.class, name = "grantSaved"),
  @JsonSubTypes.Type(value = JournalEntry.ConsentsCleared.class, name = "consentsCleared")
})
sealed interface JournalEntry {
  record UserAdded(ApiUser user) implements JournalEntry {}

  record KeyReplaced(String id, String apiKeyDigest) implements JournalEntry {}

  record UsersCleared() implements JournalEntry {}

  record TokenSaved(TokenGrant token) implements JournalEntry {}

  record TokensCleared() implements JournalEntry {}

  /** The users of one tenant were forgotten (docs/tenants.md). */
  record TenantUsersRemoved(String tenant) implements JournalEntry {}

  /** The tokens of these API users were forgotten. */
  record TokensOfRemoved(List<String> owners) implements JournalEntry {}

  record TransactionAdded(Transaction transaction) implements JournalEntry {}

  /** The transaction with this product and reference id became {@code transaction}. */
  record TransactionChanged(Transaction transaction) implements JournalEntry {}

  /**
   * A settlement: {@code moved} says whether the money moved from {@code from} to {@code to}, and
   * the transaction became {@code transaction} in the same step.
   */
  record Settled(String from, String to, BigDecimal amount, boolean moved, Transaction transaction)
      implements JournalEntry {}

  /**
   * A payment that ended as it arrived: {@code moved} says whether money moved from {@code from} to
   * {@code to} (both null when none was to move), and {@code transaction} was kept, finished.
   */
  record ArrivedFinished(
      String from, String to, BigDecimal amount, boolean moved, Transaction transaction)
      implements JournalEntry {}

  record TransactionsCleared() implements JournalEntry {}

  record MoneyMoved(String from, String to, BigDecimal amount) implements JournalEntry {}

  record BalanceSet(String account, BigDecimal balance) implements JournalEntry {}

  record LedgerCleared() implements JournalEntry {}

  /** The rules, in the rule-file format, replaced those in force. */
  record RulesReplaced(ArrayNode rules) implements JournalEntry {}

  /** The rules, in the rule-file format, were added in front of those in force. */
  record RulesPrepended(ArrayNode rules) implements JournalEntry {}

  record UseTaken(long version, int index) implements JournalEntry {}

  record ApprovalModeSet(ApprovalMode mode) implements JournalEntry {}

  record ClockSaved(ClockState state) implements JournalEntry {}

  record CallbackAdded(CallbackDelivery delivery) implements JournalEntry {}

  /** The delivery with this id became {@code delivery}. */
  record CallbackChanged(CallbackDelivery delivery) implements JournalEntry {}

  record CallbacksCleared() implements JournalEntry {}

  record ConsentAdded(ConsentRequest request) implements JournalEntry {}

  /** The consent request with this {@code auth_req_id} became {@code request}. */
  record ConsentChanged(ConsentRequest request) implements JournalEntry {}

  /** The grant of this {@code auth_req_id} is {@code grant} (issued or refreshed). */
  record GrantSaved(ConsentGrant grant) implements JournalEntry {}

  record ConsentsCleared() implements JournalEntry {}
}

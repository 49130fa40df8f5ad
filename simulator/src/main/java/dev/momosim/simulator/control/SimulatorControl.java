package dev.momosim.simulator.control;

import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.RuleFormat.RuleSpec;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Controls a running simulator: decide payments, change rules and approval mode, move the clock,
 * read the journals, set balances, answer consent requests, reset. Implemented in process ({@code
 * MomoSimulator.control()}) and over HTTP ({@link HttpSimulatorControl}, the {@code /_sim} API in
 * the README's control API table); both answer with the same records. Every method returns a Future
 * that fails with {@link ControlException} when the simulator refuses (for example deciding a
 * transaction that is already final: 409) or cannot be reached (status 0). Implementations are
 * thread-safe.
 */
public interface SimulatorControl {
  /** The simulator clock's current instant. */
  Future<Instant> now();

  /** The clock's state: the instant it shows and whether it is frozen. */
  Future<ClockView> clock();

  /** Moves the clock forward and runs everything that becomes due before completing. */
  Future<Instant> advanceClock(Duration by);

  /** Stops the clock at its current instant. */
  Future<Instant> freezeClock();

  /** Lets a frozen clock run again from where it stands. */
  Future<Instant> resumeClock();

  /**
   * Moves the clock to an instant (frozen clocks stay frozen) and runs what becomes due. The
   * instant must lie from {@code 1970-01-01T00:00:00Z} to {@code 9999-12-31T23:59:59Z}, else a 400;
   * advancing past the latest is refused the same way.
   */
  Future<Instant> setClock(Instant to);

  /**
   * Back to the configured start state: no transactions, tokens or extra API users; rules, mode and
   * balances as configured.
   */
  Future<Void> reset();

  /**
   * One page of the transactions matching the filter, newest first: at most {@code filter.limit()},
   * after {@code filter.after()}; a filter that fails {@link TransactionFilter#checked()}, or an
   * {@code after} no page answered, is a 400.
   */
  Future<Page<TransactionView>> transactionPage(TransactionFilter filter);

  /** The items of {@link #transactionPage}: the first page unless the filter says otherwise. */
  default Future<List<TransactionView>> transactions(TransactionFilter filter) {
    return transactionPage(filter).map(Page::items);
  }

  /** One transaction by reference id (fails 404 if unknown). */
  Future<TransactionView> transaction(String referenceId);

  /** The payer approves: SUCCESSFUL if the money is there, else FAILED NOT_ENOUGH_FUNDS. */
  Future<TransactionView> approve(String referenceId);

  /** The payer rejects: FAILED APPROVAL_REJECTED. */
  default Future<TransactionView> reject(String referenceId) {
    return reject(referenceId, null);
  }

  /** The payer rejects with a reason of the caller's; APPROVAL_REJECTED when null or blank. */
  Future<TransactionView> reject(String referenceId, String reason);

  /** The approval window ends now: FAILED EXPIRED. */
  Future<TransactionView> expire(String referenceId);

  /** Fails the transaction with any reason code (a blank reason is a 400). */
  Future<TransactionView> fail(String referenceId, String reason);

  Future<ApprovalMode> approvalMode();

  Future<ApprovalMode> setApprovalMode(ApprovalMode mode);

  /**
   * The current rules in order, as the rule-file format's records; a limited rule carries its
   * remaining uses.
   */
  Future<List<RuleSpec>> rules();

  /**
   * Replaces every rule (the sandbox table too) with these, given in the rule-file format (an array
   * of rules; a rule that cannot be used is a 400). Completes with the rules now in force.
   */
  Future<List<RuleSpec>> replaceRules(JsonArray rules);

  /** Adds rules (rule-file format) in front of the current ones, so they win. */
  Future<List<RuleSpec>> addRules(JsonArray rules);

  /** Removes every rule: all payments then follow the approval mode. */
  Future<List<RuleSpec>> clearRules();

  /** One page of the callback journal, newest first; {@code after} is a delivery's id. */
  Future<Page<CallbackView>> callbackPage(Paging paging);

  /** The newest {@value Paging#MAX_LIMIT} deliveries of the callback journal. */
  default Future<List<CallbackView>> callbacks() {
    return callbackPage(Paging.FIRST).map(Page::items);
  }

  /** Sends a journalled callback again; completes with the new journal entry (404 if unknown). */
  Future<CallbackView> resendCallback(String id);

  /**
   * One page of the request journal, newest first, as the filter selects ({@link RequestFilter#ALL}
   * for the newest {@value RequestFilter#MAX_LIMIT}); {@code after} is an entry's id. A filter that
   * fails {@link RequestFilter#checked()} is a 400.
   */
  Future<Page<RequestView>> requestPage(RequestFilter filter);

  /** The items of {@link #requestPage}. */
  default Future<List<RequestView>> requests(RequestFilter filter) {
    return requestPage(filter).map(Page::items);
  }

  /**
   * One page of the ledger, sorted by key: the wallets kept (docs/journals.md: wallets at their
   * opening balance may not be) and every partner account; {@code after} is an account key.
   */
  Future<AccountPage> accountPage(Paging paging);

  /** The first {@value Paging#MAX_LIMIT} accounts of {@link #accountPage}. */
  default Future<List<AccountView>> accounts() {
    return accountPage(Paging.FIRST).map(AccountPage::accounts);
  }

  /**
   * Sets one account's balance, e.g. {@code PARTNER:disbursement} or {@code MSISDN:46700000001}
   * (the forms of {@code LedgerAccounts.accountKey}). A 400 for any other account, and for a
   * balance that is negative or has more than 15 digits before the point or 6 after. Completes with
   * the first page of accounts, as {@link #accounts()}.
   */
  Future<List<AccountView>> setBalance(String account, BigDecimal balance);

  /**
   * The newest {@value Paging#MAX_LIMIT} consent requests ({@code bc-authorize}), newest first,
   * with their status as the clock implies it now.
   */
  Future<List<ConsentView>> consents();

  /**
   * The account holder consents: the client's next token request gets a token. 404 if unknown, 409
   * if already answered or expired.
   */
  Future<ConsentView> approveConsent(String authReqId);

  /** The account holder refuses: the client's next token request gets {@code access_denied}. */
  Future<ConsentView> rejectConsent(String authReqId);

  /** Makes every issued access token invalid, as if it had expired. */
  Future<Integer> expireTokens();

  /**
   * The whole state as a state document (docs/state.md: readable JSON, no secrets), as the clock
   * implies it now.
   */
  Future<byte[]> exportState();

  /**
   * Replaces the whole state (the request log excepted) with a state document; what it holds is
   * scheduled again (pending outcomes, expiries, callbacks). Fails 400 {@code INVALID_STATE} naming
   * what is wrong, changing nothing.
   */
  Future<StateSummary> importState(byte[] document);
}

package dev.momosim.simulator.control;

import dev.momosim.simulator.behaviour.ApprovalMode;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Controls a running simulator: decide payments, change rules and approval mode, move the clock,
 * read the journals, set balances, reset. Implemented in process and over HTTP ({@code /_sim}, see
 * the README's control API table). Every method returns a Future that fails with {@link
 * ControlException} when the simulator refuses (for example deciding a transaction that is already
 * final: 409) or cannot be reached (status 0). Implementations are thread-safe.
 */
public interface SimulatorControl {
  /** The simulator clock's current instant. */
  Future<Instant> now();

  /** The clock's state: {@code {"now": ISO-8601, "frozen": bool}}. */
  Future<JsonObject> clock();

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
   * Transactions matching the filter, newest first; a filter that fails {@link
   * TransactionFilter#checked()} is a 400.
   */
  Future<List<TransactionView>> transactions(TransactionFilter filter);

  /** One transaction by reference id (fails 404 if unknown). */
  Future<TransactionView> transaction(String referenceId);

  /** The payer approves: SUCCESSFUL if the money is there, else FAILED NOT_ENOUGH_FUNDS. */
  Future<TransactionView> approve(String referenceId);

  /** The payer rejects: FAILED with the reason, APPROVAL_REJECTED when null. */
  Future<TransactionView> reject(String referenceId, String reason);

  /** The approval window ends now: FAILED EXPIRED. */
  Future<TransactionView> expire(String referenceId);

  /** Fails the transaction with any reason code. */
  Future<TransactionView> fail(String referenceId, String reason);

  Future<ApprovalMode> approvalMode();

  Future<ApprovalMode> setApprovalMode(ApprovalMode mode);

  /** The current rules in order, each with its remaining uses, in the rule-file format. */
  Future<JsonArray> rules();

  /** Replaces every rule (the sandbox table too) with these, given in the rule-file format. */
  Future<JsonArray> replaceRules(JsonArray rules);

  /** Adds rules in front of the current ones, so they win. */
  Future<JsonArray> addRules(JsonArray rules);

  /** Removes every rule: all payments then follow the approval mode. */
  Future<JsonArray> clearRules();

  /** The callback journal, newest first. */
  Future<JsonArray> callbacks();

  /** Sends a journalled callback again; completes with the new journal entry. */
  Future<JsonObject> resendCallback(String id);

  /**
   * The most entries one request-journal listing returns: it is built on the simulator's event
   * loop.
   */
  int MAX_LISTED_REQUESTS = 1000;

  /**
   * The newest {@link #MAX_LISTED_REQUESTS} entries of the request journal, newest first; filters
   * may be null.
   */
  default Future<JsonArray> requests(String pathContains, String referenceId, String product) {
    return requests(pathContains, referenceId, product, MAX_LISTED_REQUESTS);
  }

  /**
   * The request journal, newest first; filters may be null. The product is one of the products or
   * {@code provisioning}; the limit is from 1 to {@link #MAX_LISTED_REQUESTS}, else the Future
   * fails with a 400.
   */
  Future<JsonArray> requests(String pathContains, String referenceId, String product, int limit);

  /** Every ledger account: opening and current balance. */
  Future<JsonObject> accounts();

  /**
   * Sets one account's balance, e.g. {@code PARTNER:disbursement} or {@code MSISDN:46700000001}
   * (the forms of {@code Ledger.accountKey}). A 400 for any other account, and for a balance that
   * is negative or has more than 15 digits before the point or 6 after.
   */
  Future<JsonObject> setBalance(String account, BigDecimal balance);

  /** Makes every issued access token invalid, as if it had expired. */
  Future<Integer> expireTokens();
}

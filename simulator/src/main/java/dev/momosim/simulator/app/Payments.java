package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.app.port.SettlementStore;
import dev.momosim.simulator.app.port.TransactionStore;
import dev.momosim.simulator.app.port.WorkQueue;
import dev.momosim.simulator.behaviour.HttpFault;
import dev.momosim.simulator.behaviour.Outcome;
import dev.momosim.simulator.behaviour.Plan;
import dev.momosim.simulator.behaviour.Scenario;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.CallbackHosts;
import dev.momosim.simulator.domain.Decision;
import dev.momosim.simulator.domain.FinancialTransactionIds;
import dev.momosim.simulator.domain.LedgerAccounts;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionListener;
import dev.momosim.simulator.domain.TransactionQuery;
import dev.momosim.simulator.domain.TransactionStatus;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Accepts payments, decides their outcome when they are accepted, and settles them on the clock:
 * money moves in the ledger only when a payment succeeds. Outcomes due "now" settle before the
 * creating call's Future completes; later ones are scheduled. Every kept change is announced on the
 * {@link ChangeFeed} and told to this instance's listeners (callbacks). A status changes only
 * through the store's compare-and-set, so it changes exactly once however many settle it at once.
 * Thread-safe.
 */
public final class Payments {
  /** A creating call's result: the stored transaction, and how long to hold the 202 back. */
  public record Accepted(Transaction transaction, Duration responseDelay) {}

  /** The detail holding an invoice's validity in seconds ({@code validityDuration}). */
  public static final String INVOICE_VALIDITY = "validityDuration";

  private final Time time;
  private final TransactionStore store;
  private final SettlementStore settlements;
  private final Behaviours behaviours;
  private final PaymentSettings settings;
  private final ChangeFeed changes;
  private final Refunds refunds;
  private final PreApprovals preApprovals;
  private final List<TransactionListener> listeners = new CopyOnWriteArrayList<>();

  public Payments(
      Time time,
      TransactionStore store,
      SettlementStore settlements,
      Behaviours behaviours,
      PaymentSettings settings,
      ChangeFeed changes) {
    this.time = time;
    this.store = store;
    this.settlements = settlements;
    this.behaviours = behaviours;
    this.settings = settings;
    this.changes = changes;
    this.refunds = new Refunds(store);
    this.preApprovals = new PreApprovals(time, store, changes);
    time.handle(WorkQueue.Kind.SETTLE, Scheduler.Completion.AFTER_RUN, this::runSettleJob);
  }

  /** The approved pre-approvals: listing and cancelling them. */
  public PreApprovals preApprovals() {
    return preApprovals;
  }

  /** Told of every transaction this instance accepts or settles (the callback dispatcher). */
  public void addListener(TransactionListener listener) {
    listeners.add(listener);
  }

  /**
   * Checks a creating request in MTN's order (duplicate, callback host, currency, what a refund
   * refunds, injected faults) and keeps it.
   *
   * @return fails with the {@link MomoException} to answer; nothing is kept then
   */
  public Future<Accepted> accept(PaymentRequest request, ApiUser user) {
    return accept(request, user, Optional.empty());
  }

  /**
   * As {@link #accept(PaymentRequest, ApiUser)}, with the outcome a scenario (the request's {@code
   * X-Momo-Sim-Scenario} header) forces instead of the rules' and the approval mode's; no rule's
   * use is taken then.
   */
  public Future<Accepted> accept(
      PaymentRequest request, ApiUser user, Optional<Scenario> scenario) {
    return store
        .find(request.product(), request.referenceId())
        .compose(
            existing -> {
              if (existing.isPresent()) {
                throw MomoException.duplicate();
              }
              CallbackHosts.check(request.callbackUrl(), user.providerCallbackHost());
              if (!settings.currency().equals(request.currency())) {
                throw MomoException.invalidCurrency(settings.invalidCurrencyStatus());
              }
              return switch (request.operation()) {
                case REFUND -> refunds.payee(request);
                case PRE_APPROVAL -> preApprovals.noneUndecided(request).map(request);
                default -> Future.succeededFuture(request);
              };
            })
        .compose(
            named ->
                scenario
                    .map(forced -> Future.succeededFuture(forced.plan()))
                    .orElseGet(() -> behaviours.plan(named))
                    .map(plan -> new Planned(named, plan)))
        .compose(
            planned -> {
              Plan plan = planned.plan();
              HttpFault fault = plan.outcome().httpFault();
              if (fault != null && fault.answersWithError()) {
                throw new MomoException(fault.status(), fault.code(), fault.message());
              }
              Duration delay = fault == null ? Duration.ZERO : fault.responseDelay();
              return keep(planned.request(), plan).map(kept -> new Accepted(kept, delay));
            });
  }

  private record Planned(PaymentRequest request, Plan plan) {}

  /** How long a person may take to approve: an invoice's own validity, else the configured. */
  private Duration approvalWindow(PaymentRequest request) {
    String validity = request.details().get(INVOICE_VALIDITY);
    return request.operation() == Operation.INVOICE && validity != null
        ? Duration.ofSeconds(Long.parseLong(validity))
        : settings.approvalWindow();
  }

  private Future<Transaction> keep(PaymentRequest request, Plan plan) {
    Instant now = time.now();
    Outcome outcome = plan.outcome();
    Decision decision =
        outcome.manual()
            ? null
            : new Decision(outcome.finalStatus(), outcome.reason(), now.plus(outcome.delay()));
    Instant expiresAt = outcome.manual() ? now.plus(approvalWindow(request)) : null;
    Transaction transaction =
        new Transaction(
            request,
            now,
            outcome.initialStatus(),
            null,
            null,
            decision,
            expiresAt,
            null,
            plan.decidedBy(),
            outcome.callbackFault());
    Instant settleAt = decision != null ? decision.at() : expiresAt;
    if (!settleAt.isAfter(now)) {
      return finishOnArrival(transaction, now);
    }
    if (time.keepsWork()) {
      // Shared and durable work: the planned end is kept first, so a kept transaction always has
      // one whatever happens next; a job left by a request that failed afterwards finds nothing
      // of its own to settle.
      return schedule(transaction, settleAt).compose(scheduled -> insert(transaction));
    }
    return insert(transaction).compose(kept -> schedule(kept, settleAt).map(kept));
  }

  private Future<Transaction> insert(Transaction transaction) {
    return store
        .insertIfAbsent(transaction)
        .map(
            inserted -> {
              if (!inserted) {
                throw MomoException.duplicate(); // lost a race with the same reference id
              }
              announce(transaction);
              return transaction;
            });
  }

  /**
   * A payment decided as it arrives is kept already finished, its money moved in the same step; it
   * is announced accepted, then finished, as if it had been settled a moment later.
   */
  private Future<Transaction> finishOnArrival(Transaction transaction, Instant now) {
    Decision decision = transaction.decision();
    if (decision.status() != TransactionStatus.SUCCESSFUL) {
      Transaction failed = transaction.failed(decision.reason(), now);
      return finishedOnArrival(
          transaction, settlements.insertFinished(transaction, null, failed, failed));
    }
    return finishedOnArrival(
        transaction,
        settlements.insertFinished(
            transaction,
            move(transaction.request()),
            transaction.succeeded(FinancialTransactionIds.next(), now),
            transaction.failed(insufficientFundsReason(transaction.request()), now)));
  }

  private Future<Transaction> finishedOnArrival(
      Transaction transaction, Future<Optional<Transaction>> kept) {
    return kept.map(
        finishedOrTaken -> {
          Transaction finished = finishedOrTaken.orElseThrow(MomoException::duplicate);
          announce(transaction);
          announce(finished);
          return finished;
        });
  }

  /**
   * Schedules the planned end of every unfinished transaction the store holds (on start). A claim
   * found then was left by a settler that stopped before finishing; nothing of its settling landed
   * (money moves only together with the final status), so the claim is released and the transaction
   * settles again as planned.
   */
  public Future<Void> rescheduleUnfinished() {
    return store
        .unfinished()
        .compose(
            unfinished -> {
              List<Future<Boolean>> released = new ArrayList<>();
              for (Transaction transaction : unfinished) {
                Transaction unclaimed =
                    transaction.isSettling() ? transaction.claimed(null) : transaction;
                released.add(
                    unclaimed == transaction
                        ? Future.succeededFuture(true)
                        : store.compareAndSet(transaction, unclaimed));
                released.add(schedule(unclaimed, settleAt(unclaimed)).map(true));
              }
              return Future.all(released).<Void>mapEmpty();
            });
  }

  private Future<Void> schedule(Transaction transaction, Instant at) {
    return time.schedule(at, settleJob(transaction));
  }

  /** The job that ends {@code transaction} as planned (or expires it). */
  static WorkQueue.Job settleJob(Transaction transaction) {
    return new WorkQueue.Job(
        WorkQueue.Kind.SETTLE, transaction.product().name() + "/" + transaction.referenceId());
  }

  /**
   * Runs a {@link WorkQueue.Kind#SETTLE} job. A job taken again (its first taker stopped before
   * reporting it done) may find the claim that taker left: nothing of its settling landed (money
   * moves only together with the final status), so the claim is released and the transaction
   * settles as planned.
   */
  private Future<?> runSettleJob(WorkQueue.Claim claim) {
    String key = claim.job().key();
    int slash = key.indexOf('/');
    Product product = Product.valueOf(key.substring(0, slash));
    return store
        .find(product, key.substring(slash + 1))
        .compose(
            found -> {
              if (found.isEmpty()) {
                return Future.succeededFuture();
              }
              Transaction current = found.get();
              if (current.isFinal() || plannedAfter(current, claim.dueAt())) {
                return Future.succeededFuture(); // not this job's transaction, or not yet
              }
              if (current.isSettling() && claim.attempt() > 1) {
                Transaction released = current.claimed(null);
                return store
                    .compareAndSet(current, released)
                    .compose(won -> won ? settleAsPlanned(released) : Future.succeededFuture());
              }
              if (current.isSettling() && time.keepsWork()) {
                // Another settler (a person's approval) is deciding it, or died doing so: the job
                // stays, and is taken again once its lease runs out, to find it decided or to
                // release the dead settler's claim.
                return Future.failedFuture(
                    new IllegalStateException(
                        "transaction " + current.referenceId() + " is being settled elsewhere"));
              }
              return settleAsPlanned(current);
            });
  }

  /**
   * Whether {@code transaction} is planned to end after {@code dueAt} (a queue may keep instants to
   * the microsecond only).
   */
  private static boolean plannedAfter(Transaction transaction, Instant dueAt) {
    return settleAt(transaction).isAfter(dueAt.plusNanos(999));
  }

  private static Instant settleAt(Transaction transaction) {
    return transaction.decision() != null ? transaction.decision().at() : transaction.expiresAt();
  }

  /** The transaction as of now, for a status GET of this operation (404 if unknown). */
  public Future<Transaction> status(Product product, Operation operation, String referenceId) {
    return time.settleDue()
        .compose(settled -> store.find(product, referenceId))
        .map(
            found ->
                found
                    .filter(transaction -> transaction.request().operation() == operation)
                    .orElseThrow(MomoException::notFound));
  }

  /**
   * The transaction with this reference id in any product. Ids are unique per product only; if two
   * products use one, the one still pending is the one a person can act on, so it wins.
   */
  public Future<Optional<Transaction>> find(String referenceId) {
    return time.settleDue().compose(settled -> findAnyProduct(referenceId, 0, null));
  }

  private Future<Optional<Transaction>> findAnyProduct(
      String referenceId, int productIndex, Transaction chosen) {
    Product[] products = Product.values();
    if (productIndex == products.length) {
      return Future.succeededFuture(Optional.ofNullable(chosen));
    }
    return store
        .find(products[productIndex], referenceId)
        .compose(
            found -> {
              Transaction next =
                  found.isPresent() && (chosen == null || chosen.isFinal()) ? found.get() : chosen;
              return findAnyProduct(referenceId, productIndex + 1, next);
            });
  }

  /** Matching transactions as of now, newest first. */
  public Future<List<Transaction>> list(TransactionQuery query) {
    return time.settleDue().compose(settled -> store.list(query));
  }

  /**
   * The partner cancels its unpaid invoice: it fails {@code TRANSACTION_CANCELED}.
   *
   * @return fails 404 for an unknown invoice or another user's, 409 for one already final
   */
  public Future<Transaction> cancelInvoice(String referenceId, String apiUserId) {
    return status(Product.COLLECTION, Operation.INVOICE, referenceId)
        .compose(
            invoice -> {
              if (!invoice.request().apiUserId().equals(apiUserId)) {
                throw MomoException.notFound();
              }
              if (invoice.isFinal()) {
                throw new MomoException(
                    409,
                    "NOT_ALLOWED",
                    "Invoice "
                        + referenceId
                        + " is already "
                        + invoice.status()
                        + " and cannot be cancelled.");
              }
              return settle(invoice, TransactionStatus.FAILED, "TRANSACTION_CANCELED");
            })
        .compose(Payments::decided);
  }

  /** A person approves: the payment succeeds if the money is there (409 if already final). */
  public Future<Transaction> approve(String referenceId) {
    return pending(referenceId)
        .compose(transaction -> settle(transaction, TransactionStatus.SUCCESSFUL, null))
        .compose(Payments::decided);
  }

  /** A person rejects, or a test fails the payment with a reason of its choice. */
  public Future<Transaction> fail(String referenceId, String reason) {
    return pending(referenceId)
        .compose(transaction -> settle(transaction, TransactionStatus.FAILED, reason))
        .compose(Payments::decided);
  }

  private static Future<Transaction> decided(Optional<Transaction> settled) {
    return settled
        .map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(alreadyDecided()));
  }

  private static MomoException alreadyDecided() {
    return new MomoException(
        409, "TRANSACTION_ALREADY_FINAL", "Transaction was decided by someone else meanwhile.");
  }

  private Future<Transaction> pending(String referenceId) {
    return find(referenceId)
        .map(
            found -> {
              Transaction transaction = found.orElseThrow(MomoException::notFound);
              if (transaction.isFinal()) {
                throw new MomoException(
                    409,
                    "TRANSACTION_ALREADY_FINAL",
                    "Transaction "
                        + referenceId
                        + " is already "
                        + transaction.status()
                        + " and cannot be decided again.");
              }
              return transaction;
            });
  }

  private Future<Optional<Transaction>> reload(Transaction transaction) {
    return store.find(transaction.product(), transaction.referenceId());
  }

  private Future<Optional<Transaction>> settleAsPlanned(Transaction transaction) {
    Decision decision = transaction.decision();
    return decision == null
        ? settle(transaction, TransactionStatus.FAILED, "EXPIRED") // approval window ended
        : settle(transaction, decision.status(), decision.reason());
  }

  /**
   * Ends a pending transaction. The settler first claims it by compare-and-set, so exactly one
   * settler decides it; only the claimer then moves money and writes the final status. A settler
   * that finds it claimed or changed reports empty.
   */
  private Future<Optional<Transaction>> settle(
      Transaction transaction, TransactionStatus status, String reason) {
    if (transaction.isFinal() || transaction.isSettling()) {
      return Future.succeededFuture(Optional.empty());
    }
    Transaction claimed = transaction.claimed(time.now());
    return store
        .compareAndSet(transaction, claimed)
        .compose(
            won -> {
              if (!won) {
                return Future.succeededFuture(Optional.<Transaction>empty());
              }
              Instant now = time.now();
              if (status == TransactionStatus.SUCCESSFUL) {
                return moveMoney(claimed, now).map(this::announced);
              }
              return finish(claimed, claimed.failed(reason, now));
            });
  }

  private Future<Optional<Transaction>> finish(Transaction claimed, Transaction next) {
    return store
        .compareAndSet(claimed, next)
        .map(written -> announced(written(claimed, next, written)));
  }

  /** {@code next}, once written in place of {@code claimed}: only the claimer changes it. */
  private static Transaction written(Transaction claimed, Transaction next, boolean written) {
    if (!written) {
      throw new IllegalStateException(
          "transaction " + claimed.referenceId() + " changed while claimed");
    }
    return next;
  }

  /** Moves the money and ends the transaction in one step: successful, or failed for funds. */
  private Future<Transaction> moveMoney(Transaction claimed, Instant now) {
    SettlementStore.Move move = move(claimed.request());
    if (move == null) {
      Transaction succeeded = claimed.succeeded(FinancialTransactionIds.next(), now);
      return store
          .compareAndSet(claimed, succeeded)
          .map(written -> written(claimed, succeeded, written));
    }
    return settlements.moveAndFinish(
        claimed,
        move,
        claimed.succeeded(FinancialTransactionIds.next(), now),
        claimed.failed(insufficientFundsReason(claimed.request()), now));
  }

  /**
   * A request-to-pay, withdrawal or invoice moves the payer's money to the partner; a transfer,
   * deposit, refund, cash transfer or payment the other way; a pre-approval none (null).
   */
  private static SettlementStore.Move move(PaymentRequest request) {
    if (request.operation().direction() == Operation.MoneyDirection.NONE) {
      return null;
    }
    boolean collecting =
        request.operation().direction() == Operation.MoneyDirection.PARTY_PAYS_PARTNER;
    String partner = LedgerAccounts.partnerAccount(request.product());
    String wallet = request.party().walletKey();
    return new SettlementStore.Move(
        collecting ? wallet : partner, collecting ? partner : wallet, request.amount());
  }

  private String insufficientFundsReason(PaymentRequest request) {
    return request.operation().direction() == Operation.MoneyDirection.PARTY_PAYS_PARTNER
        ? settings.payerInsufficientFundsReason()
        : "NOT_ENOUGH_FUNDS";
  }

  private Optional<Transaction> announced(Transaction transaction) {
    announce(transaction);
    return Optional.of(transaction);
  }

  private void announce(Transaction transaction) {
    changes.publish(new Change.TransactionChanged(transaction));
    for (TransactionListener listener : listeners) {
      listener.changed(transaction);
    }
  }
}

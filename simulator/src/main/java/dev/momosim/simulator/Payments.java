package dev.momosim.simulator;

import dev.momosim.simulator.behaviour.Behaviour;
import dev.momosim.simulator.behaviour.HttpFault;
import dev.momosim.simulator.behaviour.Outcome;
import dev.momosim.simulator.behaviour.Plan;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.Decision;
import dev.momosim.simulator.domain.FinancialTransactionIds;
import dev.momosim.simulator.domain.Ledger;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Scheduler;
import dev.momosim.simulator.domain.SimulatorClock;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionListener;
import dev.momosim.simulator.domain.TransactionStatus;
import dev.momosim.simulator.domain.TransactionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Accepts payments, decides their outcome when they are accepted, and settles them on the clock:
 * money moves in the ledger only when a payment succeeds. Outcomes due "now" settle before the 202
 * is sent; later ones are scheduled. Every change is told to the listeners. Thread-safe.
 */
public final class Payments {
  /** A creating call's result: the stored transaction, and how long to hold the 202 back. */
  public record Accepted(Transaction transaction, Duration responseDelay) {}

  private final SimulatorClock clock;
  private final Scheduler scheduler;
  private final TransactionStore store;
  private final Ledger ledger;
  private final Behaviour behaviour;
  private final PaymentSettings settings;
  private final List<TransactionListener> listeners = new CopyOnWriteArrayList<>();

  public Payments(
      SimulatorClock clock,
      Scheduler scheduler,
      TransactionStore store,
      Ledger ledger,
      Behaviour behaviour,
      PaymentSettings settings) {
    this.clock = clock;
    this.scheduler = scheduler;
    this.store = store;
    this.ledger = ledger;
    this.behaviour = behaviour;
    this.settings = settings;
  }

  public void addListener(TransactionListener listener) {
    listeners.add(listener);
  }

  /**
   * Checks a creating request in MTN's order (duplicate, callback host, currency, injected faults)
   * and stores it.
   *
   * @throws MomoException the refusal to answer; nothing is stored then
   */
  public Accepted accept(PaymentRequest request, ApiUser user) {
    if (store.find(request.product(), request.referenceId()).isPresent()) {
      throw MomoException.duplicate();
    }
    CallbackHosts.check(request.callbackUrl(), user.providerCallbackHost());
    if (!settings.currency().equals(request.currency())) {
      throw MomoException.invalidCurrency(settings.invalidCurrencyStatus());
    }
    Plan plan = behaviour.plan(request);
    Outcome outcome = plan.outcome();
    HttpFault fault = outcome.httpFault();
    if (fault != null && fault.answersWithError()) {
      throw new MomoException(fault.status(), fault.code(), fault.message());
    }
    Transaction accepted = store(request, plan);
    return new Accepted(accepted, fault == null ? Duration.ZERO : fault.responseDelay());
  }

  private Transaction store(PaymentRequest request, Plan plan) {
    Instant now = clock.now();
    Outcome outcome = plan.outcome();
    Decision decision =
        outcome.manual()
            ? null
            : new Decision(outcome.finalStatus(), outcome.reason(), now.plus(outcome.delay()));
    Instant expiresAt = outcome.manual() ? now.plus(settings.approvalWindow()) : null;
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
    if (!store.insert(transaction)) {
      throw MomoException.duplicate(); // lost a race with the same reference id
    }
    notifyListeners(transaction);
    Instant settleAt = decision != null ? decision.at() : expiresAt;
    if (settleAt.isAfter(now)) {
      scheduler.schedule(settleAt, () -> settleAsPlanned(request.product(), request.referenceId()));
    } else {
      settleAsPlanned(request.product(), request.referenceId());
    }
    return store.find(request.product(), request.referenceId()).orElseThrow();
  }

  /** The transaction as of now, for a status GET of this operation. */
  public Transaction status(Product product, Operation operation, String referenceId) {
    runDue();
    return store
        .find(product, referenceId)
        .filter(transaction -> transaction.request().operation() == operation)
        .orElseThrow(MomoException::notFound);
  }

  /** Runs whatever the clock has made due, so every read sees the state the clock implies. */
  public void runDue() {
    scheduler.runDue(clock.now());
  }

  /**
   * The transaction with this reference id in any product. Ids are unique per product only; if two
   * products use one, the one still pending is the one a person can act on, so it wins.
   */
  public Optional<Transaction> find(String referenceId) {
    runDue();
    Transaction chosen = null;
    for (Product product : Product.values()) {
      Transaction found = store.find(product, referenceId).orElse(null);
      if (found != null && (chosen == null || chosen.isFinal())) {
        chosen = found;
      }
    }
    return Optional.ofNullable(chosen);
  }

  public List<Transaction> list(Predicate<Transaction> filter, int limit) {
    runDue();
    return store.list(filter, limit);
  }

  /** A person approves: the payment succeeds if the money is there. */
  public Transaction approve(String referenceId) {
    return settle(pending(referenceId), TransactionStatus.SUCCESSFUL, null);
  }

  /** A person rejects, or a test fails the payment with a reason of its choice. */
  public Transaction fail(String referenceId, String reason) {
    return settle(pending(referenceId), TransactionStatus.FAILED, reason);
  }

  private Transaction pending(String referenceId) {
    Transaction transaction = find(referenceId).orElseThrow(MomoException::notFound);
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
  }

  private void settleAsPlanned(Product product, String referenceId) {
    store
        .find(product, referenceId)
        .filter(transaction -> !transaction.isFinal())
        .ifPresent(
            transaction -> {
              Decision decision = transaction.decision();
              if (decision == null) {
                settle(transaction, TransactionStatus.FAILED, "EXPIRED"); // approval window ended
              } else {
                settle(transaction, decision.status(), decision.reason());
              }
            });
  }

  private Transaction settle(Transaction transaction, TransactionStatus status, String reason) {
    Instant now = clock.now();
    Transaction settled =
        status == TransactionStatus.SUCCESSFUL
            ? moveMoney(transaction, now)
            : transaction.failed(reason, now);
    store.update(settled);
    notifyListeners(settled);
    return settled;
  }

  private Transaction moveMoney(Transaction transaction, Instant now) {
    PaymentRequest request = transaction.request();
    String partner = Ledger.partnerAccount(request.product());
    String wallet = request.party().walletKey();
    boolean moved =
        request.operation() == Operation.REQUEST_TO_PAY
            ? ledger.move(wallet, partner, request.amount())
            : ledger.move(partner, wallet, request.amount());
    if (moved) {
      return transaction.succeeded(FinancialTransactionIds.next(), now);
    }
    String reason =
        request.operation() == Operation.REQUEST_TO_PAY
            ? settings.payerInsufficientFundsReason()
            : "NOT_ENOUGH_FUNDS";
    return transaction.failed(reason, now);
  }

  private void notifyListeners(Transaction transaction) {
    for (TransactionListener listener : listeners) {
      listener.changed(transaction);
    }
  }
}

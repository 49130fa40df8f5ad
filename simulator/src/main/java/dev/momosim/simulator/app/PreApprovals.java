package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.app.port.TransactionStore;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionQuery;
import dev.momosim.simulator.domain.TransactionStatus;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rules of pre-approvals (momo-api.md §5 C18-C21): a payer has at most one undecided
 * pre-approval per partner (a second is refused {@code PREAPPROVAL_EXIST_PENDING}); an approved one
 * is valid for its {@code validityTime} seconds from approval (for ever without one) unless the
 * partner cancels it; a new one may be asked for once the last is decided, so an expired one is
 * renewed by asking again.
 */
public final class PreApprovals {
  /** The detail holding a pre-approval's validity in seconds once approved. */
  public static final String VALIDITY = "validityTime";

  /** Most pre-approvals of one payer looked at; a payer has a handful. */
  private static final int PAYER_LIMIT = 1000;

  private final Time time;
  private final TransactionStore store;
  private final ChangeFeed changes;

  PreApprovals(Time time, TransactionStore store, ChangeFeed changes) {
    this.time = time;
    this.store = store;
    this.changes = changes;
  }

  /** Fails 409 PREAPPROVAL_EXIST_PENDING when the payer has an undecided one from this user. */
  Future<Void> noneUndecided(PaymentRequest request) {
    return ofPayer(null, request.party().id(), request.apiUserId())
        .map(
            found -> {
              if (found.stream().anyMatch(t -> !t.isFinal())) {
                throw new MomoException(
                    409,
                    "PREAPPROVAL_EXIST_PENDING",
                    "Payer "
                        + request.party().id()
                        + " has a pre-approval still waiting for a decision.");
              }
              return null;
            });
  }

  /**
   * The payer's approved pre-approvals for this API user that are neither cancelled nor expired,
   * newest first.
   */
  public Future<List<Transaction>> approved(String partyId, String apiUserId) {
    return time.settleDue()
        .compose(settled -> ofPayer(TransactionStatus.SUCCESSFUL, partyId, apiUserId))
        .map(found -> found.stream().filter(this::valid).toList());
  }

  /**
   * The partner cancels one of its approved pre-approvals.
   *
   * @return fails 404 for an unknown id or another user's, 409 NOT_ALLOWED for one not approved,
   *     cancelled or expired
   */
  public Future<Transaction> cancel(String preApprovalId, String apiUserId) {
    return time.settleDue()
        .compose(settled -> store.find(Product.COLLECTION, preApprovalId))
        .compose(
            found -> {
              Transaction approval =
                  found
                      .filter(t -> t.request().operation() == Operation.PRE_APPROVAL)
                      .filter(t -> t.request().apiUserId().equals(apiUserId))
                      .orElseThrow(MomoException::notFound);
              if (!valid(approval)) {
                throw new MomoException(
                    409,
                    "NOT_ALLOWED",
                    "Only an approved pre-approval can be cancelled; "
                        + preApprovalId
                        + " is "
                        + describe(approval)
                        + ".");
              }
              Transaction cancelled = approval.cancelled(time.now());
              return store
                  .compareAndSet(approval, cancelled)
                  .map(
                      won -> {
                        if (!won) {
                          throw new MomoException(
                              409, "NOT_ALLOWED", "The pre-approval changed meanwhile.");
                        }
                        changes.publish(new Change.TransactionChanged(cancelled));
                        return cancelled;
                      });
            });
  }

  /** When an approved pre-approval stops being valid; null while undecided or without a limit. */
  public static Instant expiry(Transaction approval) {
    String validity = approval.request().details().get(VALIDITY);
    return approval.status() != TransactionStatus.SUCCESSFUL || validity == null
        ? null
        : approval.finishedAt().plus(Duration.ofSeconds(Long.parseLong(validity)));
  }

  private boolean valid(Transaction approval) {
    Instant expiry = expiry(approval);
    return approval.status() == TransactionStatus.SUCCESSFUL
        && approval.cancelledAt() == null
        && (expiry == null || time.now().isBefore(expiry));
  }

  private String describe(Transaction approval) {
    if (approval.status() != TransactionStatus.SUCCESSFUL) {
      return approval.status().name();
    }
    return approval.cancelledAt() != null ? "CANCELLED" : "EXPIRED";
  }

  private Future<List<Transaction>> ofPayer(
      TransactionStatus status, String partyId, String apiUserId) {
    return store
        .list(new TransactionQuery(status, Product.COLLECTION, partyId, PAYER_LIMIT))
        .map(
            found ->
                found.stream()
                    .filter(t -> t.request().operation() == Operation.PRE_APPROVAL)
                    .filter(t -> t.request().apiUserId().equals(apiUserId))
                    .toList());
  }
}

package dev.momosim.simulator.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One callback delivery as journalled: what was (or is to be) sent where, every attempt, and the
 * outcome. Immutable; the journal replaces an entry as attempts are added. A duplicate fault makes
 * two deliveries and a re-send a new one, so each entry is exactly one send of one body.
 *
 * @param method the HTTP method, {@code PUT} or {@code POST}
 * @param body the exact JSON text sent (the status GET's body, without {@code referenceId})
 * @param resendOf the id of the entry this one re-sends, else null
 */
public record CallbackDelivery(
    String id,
    String referenceId,
    Product product,
    String url,
    String method,
    String body,
    List<CallbackAttempt> attempts,
    CallbackOutcome outcome,
    String resendOf) {

  public CallbackDelivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(referenceId, "referenceId");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(outcome, "outcome");
    attempts = List.copyOf(attempts);
  }

  /** This delivery with one more attempt; the outcome is unchanged. */
  public CallbackDelivery withAttempt(CallbackAttempt attempt) {
    List<CallbackAttempt> more = new ArrayList<>(attempts);
    more.add(attempt);
    return new CallbackDelivery(
        id, referenceId, product, url, method, body, more, outcome, resendOf);
  }

  public CallbackDelivery withOutcome(CallbackOutcome newOutcome) {
    return new CallbackDelivery(
        id, referenceId, product, url, method, body, attempts, newOutcome, resendOf);
  }
}

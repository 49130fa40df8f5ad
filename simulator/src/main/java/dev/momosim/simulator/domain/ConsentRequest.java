package dev.momosim.simulator.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A consent request ({@code bc-authorize}, CIBA): an API user of a product asks the account holder
 * named by the login hint to consent to scopes. It waits ({@link ConsentStatus#PENDING}) until the
 * holder answers, and its {@code auth_req_id} can be redeemed once for a token until {@code
 * expiresAt}. Immutable: each change returns a new record.
 *
 * @param authReqId the {@code auth_req_id} answered, a UUID
 * @param consentValidSeconds how long the consent lasts once given: the refresh token's life
 * @param decidedAt when the holder answered, or null
 * @param decidedBy who answered ({@code automatic}, {@code control}), or null
 */
public record ConsentRequest(
    String authReqId,
    Product product,
    String apiUserId,
    LoginHint loginHint,
    String scope,
    String accessType,
    long consentValidSeconds,
    Instant createdAt,
    Instant expiresAt,
    ConsentStatus status,
    Instant decidedAt,
    String decidedBy) {
  /** What {@link #decidedBy} says when the simulator consented by itself. */
  public static final String AUTOMATIC = "automatic";

  public ConsentRequest {
    Objects.requireNonNull(authReqId, "authReqId");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(apiUserId, "apiUserId");
    Objects.requireNonNull(loginHint, "loginHint");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(accessType, "accessType");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(status, "status");
  }

  /** A new request, answered at once when {@code mode} is automatic. */
  public static ConsentRequest create(
      String authReqId,
      Product product,
      ApiUser user,
      BcAuthorizeRequest form,
      Duration expiresIn,
      Duration defaultValidity,
      ConsentMode mode,
      Instant now) {
    long valid =
        form.consentValidSeconds() == null
            ? defaultValidity.toSeconds()
            : form.consentValidSeconds();
    boolean automatic = mode == ConsentMode.AUTOMATIC;
    return new ConsentRequest(
        authReqId,
        product,
        user.id(),
        form.loginHint(),
        form.scope(),
        form.accessType(),
        valid,
        now,
        now.plus(expiresIn),
        automatic ? ConsentStatus.APPROVED : ConsentStatus.PENDING,
        automatic ? now : null,
        automatic ? AUTOMATIC : null);
  }

  /** Whether its {@code auth_req_id} can no longer be redeemed because its time is up. */
  public boolean expiredAt(Instant now) {
    return status != ConsentStatus.REDEEMED
        && status != ConsentStatus.REJECTED
        && !now.isBefore(expiresAt);
  }

  /** The status as shown: {@code EXPIRED} once {@link #expiredAt}, else the kept one. */
  public String shownStatus(Instant now) {
    return expiredAt(now) ? "EXPIRED" : status.name();
  }

  /** Whether the refresh token of the consent is issued ({@code access_type=offline}). */
  public boolean offline() {
    return accessType.equals("offline");
  }

  /**
   * The holder's answer.
   *
   * @throws MomoException 409 when it was already answered or has expired
   */
  public ConsentRequest decide(boolean approve, Instant now, String by) {
    if (expiredAt(now)) {
      throw new MomoException(
          409, "CONSENT_EXPIRED", "This consent request expired at " + expiresAt + ".");
    }
    if (status != ConsentStatus.PENDING) {
      throw new MomoException(
          409,
          "CONSENT_ALREADY_DECIDED",
          "This consent request was already answered: " + status + ".");
    }
    return new ConsentRequest(
        authReqId,
        product,
        apiUserId,
        loginHint,
        scope,
        accessType,
        consentValidSeconds,
        createdAt,
        expiresAt,
        approve ? ConsentStatus.APPROVED : ConsentStatus.REJECTED,
        now,
        by);
  }

  /** The request once its {@code auth_req_id} was exchanged for a token. */
  public ConsentRequest redeemed() {
    return new ConsentRequest(
        authReqId,
        product,
        apiUserId,
        loginHint,
        scope,
        accessType,
        consentValidSeconds,
        createdAt,
        expiresAt,
        ConsentStatus.REDEEMED,
        decidedAt,
        decidedBy);
  }
}

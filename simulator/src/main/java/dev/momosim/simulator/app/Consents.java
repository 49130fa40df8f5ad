package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.ConsentStore;
import dev.momosim.simulator.domain.AccessToken;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.BcAuthorizeRequest;
import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentMode;
import dev.momosim.simulator.domain.ConsentRequest;
import dev.momosim.simulator.domain.ConsentStatus;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.OAuthError;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Secrets;
import dev.momosim.simulator.domain.TokenIssuer;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Consent and OAuth (momo-api.md §4 T2-T4, OpenID CIBA in poll mode): an API user asks an account
 * holder for consent ({@code bc-authorize}), the holder answers (at once when the mode is
 * automatic, else from the control API or the payer phone), the client redeems the {@code
 * auth_req_id} once for an oauth2 access token (and, for {@code access_type=offline}, a refresh
 * token), and reads the holder's KYC with it. Expiry is read against the simulator clock.
 * Thread-safe.
 */
public final class Consents {
  /**
   * How consent behaves; fixed for the simulator's life.
   *
   * @param interval the {@code interval} answered: how long a client waits between token polls
   * @param expiresIn how long an {@code auth_req_id} can be redeemed
   * @param tokenLifetime how long an oauth2 access token works
   * @param validity how long a consent lasts (the refresh token's life) when {@code
   *     consent_valid_in} is not sent
   */
  public record Settings(
      ConsentMode mode,
      Duration interval,
      Duration expiresIn,
      Duration tokenLifetime,
      Duration validity) {
    public Settings {
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(interval, "interval");
      Objects.requireNonNull(expiresIn, "expiresIn");
      Objects.requireNonNull(tokenLifetime, "tokenLifetime");
      Objects.requireNonNull(validity, "validity");
    }
  }

  /**
   * An oauth2 token as issued: the only moment the tokens exist in clear; the store keeps digests.
   *
   * @param refreshToken the refresh token, or null when none was issued
   * @param at when it was issued, on the simulator clock
   */
  public record Issued(String accessToken, String refreshToken, ConsentGrant grant, Instant at) {
    @Override
    public String toString() {
      return "Issued[authReqId=" + grant.authReqId() + "]";
    }
  }

  private final Settings settings;
  private final ConsentStore store;
  private final Time time;
  private final TokenIssuer issuer = new TokenIssuer();

  public Consents(Settings settings, ConsentStore store, Time time) {
    this.settings = settings;
    this.store = store;
    this.time = time;
  }

  public Settings settings() {
    return settings;
  }

  /** A new consent request of this user, answered at once in automatic mode. */
  public Future<ConsentRequest> authorize(ApiUser user, Product product, BcAuthorizeRequest form) {
    ConsentRequest request =
        ConsentRequest.create(
            UUID.randomUUID().toString(),
            product,
            user,
            form,
            settings.expiresIn(),
            settings.validity(),
            settings.mode(),
            time.now());
    return store
        .insert(request)
        .map(
            inserted -> {
              if (!inserted) { // a random UUID taken twice: a store fault, not the client's
                throw new IllegalStateException("auth_req_id taken twice");
              }
              return request;
            });
  }

  /**
   * The CIBA grant: redeems an approved {@code auth_req_id} of this user and product, once.
   *
   * @throws OAuthError (in the Future) {@code authorization_pending}, {@code access_denied}, {@code
   *     expired_token} or {@code invalid_grant} (unknown, another user's or product's, redeemed)
   */
  public Future<Issued> redeem(ApiUser user, Product product, String authReqId) {
    return store
        .find(authReqId)
        .compose(
            found -> {
              ConsentRequest request =
                  found
                      .filter(r -> r.apiUserId().equals(user.id()) && r.product() == product)
                      .orElseThrow(
                          () ->
                              OAuthError.invalidGrant(
                                  "The auth_req_id is unknown to this API user and product."));
              Instant now = time.now();
              if (request.status() == ConsentStatus.REDEEMED) {
                throw OAuthError.invalidGrant("The auth_req_id was already redeemed.");
              }
              if (request.status() == ConsentStatus.REJECTED) {
                throw OAuthError.denied();
              }
              if (request.expiredAt(now)) {
                throw OAuthError.expired();
              }
              if (request.status() == ConsentStatus.PENDING) {
                throw OAuthError.pending();
              }
              return store
                  .compareAndSet(request, request.redeemed())
                  .compose(
                      redeemed -> {
                        if (!redeemed) {
                          throw OAuthError.invalidGrant("The auth_req_id was already redeemed.");
                        }
                        return issue(user, request, now);
                      });
            });
  }

  private Future<Issued> issue(ApiUser user, ConsentRequest request, Instant now) {
    AccessToken access = issuer.issue(user, request.product(), now, settings.tokenLifetime());
    String refresh = request.offline() ? UUID.randomUUID().toString() : null;
    ConsentGrant grant =
        new ConsentGrant(
            request.authReqId(),
            request.product(),
            user.id(),
            request.loginHint(),
            request.scope(),
            Secrets.digest(access.value()),
            access.expiresAt(),
            refresh == null ? null : Secrets.digest(refresh),
            refresh == null ? null : now.plusSeconds(request.consentValidSeconds()));
    return store.saveGrant(grant).map(saved -> new Issued(access.value(), refresh, grant, now));
  }

  /**
   * The refresh grant: a new access token for a consent whose refresh token is still valid; the
   * previous access token stops working.
   *
   * @throws OAuthError (in the Future) {@code invalid_grant} for an unknown, expired, or another
   *     user's or product's refresh token
   */
  public Future<Issued> refresh(ApiUser user, Product product, String refreshToken) {
    return store
        .grantByRefreshToken(Secrets.digest(refreshToken))
        .compose(
            found -> {
              ConsentGrant grant =
                  found
                      .filter(g -> g.apiUserId().equals(user.id()) && g.product() == product)
                      .orElseThrow(
                          () ->
                              OAuthError.invalidGrant(
                                  "The refresh_token is unknown to this API user and product."));
              Instant now = time.now();
              if (!now.isBefore(grant.refreshExpiresAt())) {
                throw OAuthError.invalidGrant(
                    "The refresh_token has expired: the consent must be asked for again.");
              }
              AccessToken access = issuer.issue(user, product, now, settings.tokenLifetime());
              ConsentGrant next =
                  grant.withAccessToken(Secrets.digest(access.value()), access.expiresAt());
              return store
                  .replaceGrant(grant, next)
                  .map(
                      replaced -> {
                        if (!replaced) {
                          throw OAuthError.invalidGrant(
                              "The refresh_token was used by another request at the same time.");
                        }
                        return new Issued(access.value(), refreshToken, next, now);
                      });
            });
  }

  /**
   * The consent behind an oauth2 access token valid now for this product.
   *
   * @throws MomoException (in the Future) 401 when the token is missing, unknown (an ordinary
   *     {@code /token/} access token included), expired or of another product
   */
  public Future<ConsentGrant> grantOf(String bearer, Product product) {
    if (bearer == null || bearer.isEmpty()) {
      return Future.failedFuture(
          MomoException.unauthorized(
              "Access token is missing: send Authorization: Bearer <token from oauth2/token/>."));
    }
    return store
        .grantByAccessToken(Secrets.digest(bearer))
        .map(
            found -> {
              ConsentGrant grant =
                  found.orElseThrow(
                      () ->
                          MomoException.unauthorized(
                              "Access token is not an oauth2 token: userinfo needs the token of"
                                  + " POST /"
                                  + product.pathName()
                                  + "/oauth2/token/."));
              if (!time.now().isBefore(grant.accessExpiresAt())) {
                throw MomoException.unauthorized("Access token has expired.");
              }
              if (grant.product() != product) {
                throw MomoException.unauthorized(
                    "Access token was issued for the "
                        + grant.product().pathName()
                        + " product, not "
                        + product.pathName()
                        + ".");
              }
              return grant;
            });
  }

  /** Every kept consent request, newest first. */
  public Future<List<ConsentRequest>> list() {
    return store.requests();
  }

  /** One consent request. @throws MomoException (in the Future) 404 when unknown */
  public Future<ConsentRequest> find(String authReqId) {
    return store.find(authReqId).map(found -> found.orElseThrow(MomoException::notFound));
  }

  /**
   * The account holder's answer, given by a person.
   *
   * @throws MomoException (in the Future) 404 when unknown, 409 when already answered or expired
   */
  public Future<ConsentRequest> decide(String authReqId, boolean approve, String by) {
    return find(authReqId)
        .compose(
            current -> {
              ConsentRequest next = current.decide(approve, time.now(), by);
              return store
                  .compareAndSet(current, next)
                  .compose(
                      set ->
                          set
                              ? Future.succeededFuture(next)
                              : find(authReqId).map(Consents::answeredInBetween));
            });
  }

  private static ConsentRequest answeredInBetween(ConsentRequest kept) {
    throw new MomoException(
        409,
        "CONSENT_ALREADY_DECIDED",
        "This consent request was answered in between: " + kept.status() + ".");
  }

  /** Forgets every consent request and token (part of a reset). */
  public Future<Integer> clear() {
    return store.clear();
  }
}

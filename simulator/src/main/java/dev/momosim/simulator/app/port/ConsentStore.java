package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/**
 * Consent requests ({@code bc-authorize}) by {@code auth_req_id}, and the oauth2 tokens they were
 * redeemed for, kept by the digests of the access and refresh tokens (never the tokens). A store
 * may forget the oldest requests and grants beyond a cap; a forgotten one is refused like an
 * unknown one.
 */
public interface ConsentStore {
  /** Keeps a new request; false when its {@code auth_req_id} is already taken. */
  Future<Boolean> insert(ConsentRequest request);

  Future<Optional<ConsentRequest>> find(String authReqId);

  /**
   * Replaces {@code expected} with {@code next} (same {@code auth_req_id}) only if the store still
   * holds {@code expected}: a request is decided, and redeemed, exactly once.
   */
  Future<Boolean> compareAndSet(ConsentRequest expected, ConsentRequest next);

  /** Every kept request, newest first. */
  Future<List<ConsentRequest>> requests();

  /** Keeps the grant a request was redeemed for. */
  Future<Void> saveGrant(ConsentGrant grant);

  /** The grant whose access token has this {@code Secrets.digest}. */
  Future<Optional<ConsentGrant>> grantByAccessToken(String accessTokenDigest);

  /** The grant whose refresh token has this {@code Secrets.digest}. */
  Future<Optional<ConsentGrant>> grantByRefreshToken(String refreshTokenDigest);

  /**
   * Replaces {@code expected} (same {@code authReqId}) with {@code next} only if the store still
   * holds it: one refresh at a time wins.
   */
  Future<Boolean> replaceGrant(ConsentGrant expected, ConsentGrant next);

  /** Forgets every request and grant. @return how many requests were forgotten */
  Future<Integer> clear();
}

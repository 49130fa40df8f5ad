package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.TokenGrant;
import io.vertx.core.Future;
import java.util.Collection;
import java.util.Optional;

/**
 * Issued access tokens, kept by digest (never the token itself). A store may forget an owner's
 * oldest tokens beyond a cap (so a token loop cannot exhaust it); a forgotten token is refused like
 * an unknown one.
 */
public interface TokenStore {
  Future<Void> save(TokenGrant token);

  /** The grant whose token has this {@code Secrets.digest}. */
  Future<Optional<TokenGrant>> find(String tokenDigest);

  /** Forgets every token, as if all had expired. @return how many were forgotten */
  Future<Integer> clear();

  /**
   * Forgets the tokens of these API users (one tenant's, docs/tenants.md).
   *
   * @return how many were forgotten
   */
  Future<Integer> removeOwners(Collection<String> apiUserIds);
}

package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.TokenGrant;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.function.Predicate;

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
   * Forgets every token but those of the users {@code keep} holds (other tenants',
   * docs/tenants.md); a store that never holds other tenants' tokens forgets them all.
   *
   * @return how many were forgotten
   */
  default Future<Integer> clearExcept(Predicate<String> keep) {
    return clear();
  }
}

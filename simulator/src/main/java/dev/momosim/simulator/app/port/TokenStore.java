package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.AccessToken;
import io.vertx.core.Future;
import java.util.Optional;

/**
 * Issued access tokens. A store may forget an owner's oldest tokens beyond a cap (so a token loop
 * cannot exhaust it); a forgotten token is refused like an unknown one.
 */
public interface TokenStore {
  Future<Void> save(AccessToken token);

  Future<Optional<AccessToken>> find(String value);

  /** Forgets every token, as if all had expired. @return how many were forgotten */
  Future<Integer> clear();
}

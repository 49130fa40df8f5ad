package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.TokenStore;
import dev.momosim.simulator.domain.AccessToken;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Issued tokens in a concurrent map; each API user keeps at most {@link #MAX_LIVE_TOKENS_PER_USER}
 * per product (older ones are forgotten), so a token loop cannot exhaust memory. Thread-safe.
 */
final class InMemoryTokens implements TokenStore {
  /** Live tokens per API user and product. */
  static final int MAX_LIVE_TOKENS_PER_USER = 100;

  private final ConcurrentHashMap<String, AccessToken> tokens = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ConcurrentLinkedDeque<String>> issuedByOwner =
      new ConcurrentHashMap<>();

  @Override
  public Future<Void> save(AccessToken token) {
    tokens.put(token.value(), token);
    ConcurrentLinkedDeque<String> issued =
        issuedByOwner.computeIfAbsent(
            token.apiUserId() + "/" + token.product(), owner -> new ConcurrentLinkedDeque<>());
    issued.addLast(token.value());
    while (issued.size() > MAX_LIVE_TOKENS_PER_USER) {
      String oldest = issued.pollFirst();
      if (oldest != null) {
        tokens.remove(oldest);
      }
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<AccessToken>> find(String value) {
    return Future.succeededFuture(Optional.ofNullable(tokens.get(value)));
  }

  @Override
  public Future<Integer> clear() {
    int count = tokens.size();
    tokens.clear();
    issuedByOwner.clear();
    return Future.succeededFuture(count);
  }
}

package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.TokenStore;
import dev.momosim.simulator.domain.TokenGrant;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;

/**
 * Issued tokens in a concurrent map; each API user keeps at most {@link #MAX_LIVE_TOKENS_PER_USER}
 * per product (older ones are forgotten), so a token loop cannot exhaust memory. Thread-safe.
 */
final class InMemoryTokens implements TokenStore {
  /** Live tokens per API user and product. */
  static final int MAX_LIVE_TOKENS_PER_USER = 100;

  private final ConcurrentHashMap<String, TokenGrant> tokens = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ConcurrentLinkedDeque<String>> issuedByOwner =
      new ConcurrentHashMap<>();

  @Override
  public Future<Void> save(TokenGrant token) {
    tokens.put(token.tokenDigest(), token);
    ConcurrentLinkedDeque<String> issued =
        issuedByOwner.computeIfAbsent(
            token.apiUserId() + "/" + token.product(), owner -> new ConcurrentLinkedDeque<>());
    issued.addLast(token.tokenDigest());
    while (issued.size() > MAX_LIVE_TOKENS_PER_USER) {
      String oldest = issued.pollFirst();
      if (oldest != null) {
        tokens.remove(oldest);
      }
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<TokenGrant>> find(String tokenDigest) {
    return Future.succeededFuture(Optional.ofNullable(tokens.get(tokenDigest)));
  }

  /** Every live grant, each owner's oldest first. */
  List<TokenGrant> all() {
    List<TokenGrant> all = new ArrayList<>();
    issuedByOwner
        .values()
        .forEach(
            issued ->
                issued.forEach(
                    digest -> {
                      TokenGrant grant = tokens.get(digest);
                      if (grant != null) {
                        all.add(grant);
                      }
                    }));
    return all;
  }

  void restore(List<TokenGrant> image) {
    clear();
    image.forEach(this::save);
  }

  @Override
  public Future<Integer> removeOwners(Collection<String> apiUserIds) {
    Set<String> owners = Set.copyOf(apiUserIds);
    Predicate<String> keep = owner -> !owners.contains(owner);
    int[] forgotten = {0};
    tokens
        .values()
        .removeIf(
            grant -> {
              boolean forget = !keep.test(grant.apiUserId());
              forgotten[0] += forget ? 1 : 0;
              return forget;
            });
    issuedByOwner.keySet().removeIf(owner -> !keep.test(owner.substring(0, owner.indexOf('/'))));
    return Future.succeededFuture(forgotten[0]);
  }

  @Override
  public Future<Integer> clear() {
    int count = tokens.size();
    tokens.clear();
    issuedByOwner.clear();
    return Future.succeededFuture(count);
  }
}

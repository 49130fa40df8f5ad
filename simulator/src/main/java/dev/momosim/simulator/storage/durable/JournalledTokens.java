package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.TokenStore;
import dev.momosim.simulator.domain.TokenGrant;
import io.vertx.core.Future;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Token grants kept in memory, each change journalled through the {@link Gate}. */
final class JournalledTokens implements TokenStore {
  private final TokenStore memory;
  private final Gate gate;

  JournalledTokens(TokenStore memory, Gate gate) {
    this.memory = memory;
    this.gate = gate;
  }

  @Override
  public Future<Void> save(TokenGrant token) {
    return gate.change(() -> memory.save(token), done -> new JournalEntry.TokenSaved(token));
  }

  @Override
  public Future<Optional<TokenGrant>> find(String tokenDigest) {
    return memory.find(tokenDigest);
  }

  @Override
  public Future<Integer> clear() {
    return gate.change(memory::clear, count -> new JournalEntry.TokensCleared());
  }

  @Override
  public Future<Integer> removeOwners(Collection<String> apiUserIds) {
    List<String> owners = List.copyOf(apiUserIds);
    return gate.change(
        () -> memory.removeOwners(owners),
        count -> count == 0 ? null : new JournalEntry.TokensOfRemoved(owners));
  }
}

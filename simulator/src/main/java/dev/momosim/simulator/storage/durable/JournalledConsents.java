package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.ConsentStore;
import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/**
 * Consent requests and grants kept in memory, each change journalled through the {@link Gate}; a
 * refused change (a taken id, a lost race) changes nothing and journals nothing.
 */
final class JournalledConsents implements ConsentStore {
  private final ConsentStore memory;
  private final Gate gate;

  JournalledConsents(ConsentStore memory, Gate gate) {
    this.memory = memory;
    this.gate = gate;
  }

  @Override
  public Future<Boolean> insert(ConsentRequest request) {
    return gate.change(
        () -> memory.insert(request),
        inserted -> inserted ? new JournalEntry.ConsentAdded(request) : null);
  }

  @Override
  public Future<Optional<ConsentRequest>> find(String authReqId) {
    return memory.find(authReqId);
  }

  @Override
  public Future<Boolean> compareAndSet(ConsentRequest expected, ConsentRequest next) {
    return gate.change(
        () -> memory.compareAndSet(expected, next),
        set -> set ? new JournalEntry.ConsentChanged(next) : null);
  }

  @Override
  public Future<List<ConsentRequest>> requests() {
    return memory.requests();
  }

  @Override
  public Future<Void> saveGrant(ConsentGrant grant) {
    return gate.change(() -> memory.saveGrant(grant), done -> new JournalEntry.GrantSaved(grant));
  }

  @Override
  public Future<Optional<ConsentGrant>> grantByAccessToken(String accessTokenDigest) {
    return memory.grantByAccessToken(accessTokenDigest);
  }

  @Override
  public Future<Optional<ConsentGrant>> grantByRefreshToken(String refreshTokenDigest) {
    return memory.grantByRefreshToken(refreshTokenDigest);
  }

  @Override
  public Future<Boolean> replaceGrant(ConsentGrant expected, ConsentGrant next) {
    return gate.change(
        () -> memory.replaceGrant(expected, next),
        replaced -> replaced ? new JournalEntry.GrantSaved(next) : null);
  }

  @Override
  public Future<Integer> clear() {
    return gate.change(memory::clear, count -> new JournalEntry.ConsentsCleared());
  }
}

package dev.momosim.simulator.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import dev.momosim.simulator.domain.ConsentStatus;
import dev.momosim.simulator.domain.LoginHint;
import dev.momosim.simulator.domain.Product;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryConsentsTest {
  private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
  private static final LoginHint HOLDER = new LoginHint("MSISDN", "46733123450");

  private final InMemoryConsents store = new InMemoryConsents();

  private static ConsentRequest request(String id) {
    return new ConsentRequest(
        id,
        Product.COLLECTION,
        "user-1",
        HOLDER,
        "profile",
        "offline",
        60,
        NOW,
        NOW.plusSeconds(600),
        ConsentStatus.PENDING,
        null,
        null);
  }

  private static ConsentGrant grant(String id, String access, String refresh) {
    return new ConsentGrant(
        id, Product.COLLECTION, "user-1", HOLDER, "profile", access, NOW, refresh, NOW);
  }

  @Test
  void takesAnAuthReqIdOnceAndListsNewestFirst() {
    assertThat(Completed.value(store.insert(request("a")))).isTrue();
    assertThat(Completed.value(store.insert(request("a")))).isFalse();
    Completed.value(store.insert(request("b")));

    assertThat(Completed.value(store.requests()))
        .extracting(ConsentRequest::authReqId)
        .containsExactly("b", "a");
  }

  @Test
  void changesARequestOnlyFromTheStateTheCallerSaw() {
    ConsentRequest pending = request("a");
    Completed.value(store.insert(pending));
    ConsentRequest approved = pending.decide(true, NOW, "control");

    assertThat(Completed.value(store.compareAndSet(pending, approved))).isTrue();
    assertThat(Completed.value(store.compareAndSet(pending, pending.decide(false, NOW, "x"))))
        .isFalse();
    assertThat(Completed.value(store.find("a"))).contains(approved);
  }

  @Test
  void findsAGrantByEitherDigestAndForgetsTheOldAccessDigestOnReplace() {
    ConsentGrant first = grant("a", "access-1", "refresh-1");
    Completed.value(store.saveGrant(first));
    ConsentGrant second = first.withAccessToken("access-2", NOW);

    assertThat(Completed.value(store.replaceGrant(first, second))).isTrue();
    assertThat(Completed.value(store.replaceGrant(first, second))).isFalse();

    assertThat(Completed.value(store.grantByAccessToken("access-1"))).isEmpty();
    assertThat(Completed.value(store.grantByAccessToken("access-2"))).contains(second);
    assertThat(Completed.value(store.grantByRefreshToken("refresh-1"))).contains(second);
  }

  @Test
  void keepsAtMostItsCapacityForgettingTheOldest() {
    for (int i = 0; i <= InMemoryConsents.CAPACITY; i++) {
      Completed.value(store.insert(request("r" + i)));
    }

    assertThat(Completed.value(store.find("r0"))).isEmpty();
    assertThat(Completed.value(store.find("r1"))).isPresent();
    assertThat(store.allRequests()).hasSize(InMemoryConsents.CAPACITY);
  }

  @Test
  void clearForgetsRequestsAndGrants() {
    Completed.value(store.insert(request("a")));
    Completed.value(store.saveGrant(grant("a", "access-1", null)));

    assertThat(Completed.value(store.clear())).isEqualTo(1);

    assertThat(store.allRequests()).isEmpty();
    assertThat(Completed.value(store.grantByAccessToken("access-1"))).isEmpty();
  }
}

package dev.momosim.simulator.storage.postgres;

import static dev.momosim.simulator.storage.postgres.PgTestDatabase.await;
import static dev.momosim.simulator.storage.postgres.PgTestDatabase.awaitAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import dev.momosim.simulator.domain.ConsentStatus;
import dev.momosim.simulator.domain.LoginHint;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class PgConsentsTest {
  private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
  private static final LoginHint HOLDER = new LoginHint("MSISDN", "46733123450");
  private static final int CAPACITY = 5;

  private PgTestDatabase database;
  private PgConsents store;
  private PgConsents otherInstance;

  @BeforeEach
  void freshDatabase(Vertx vertx) {
    database = PgTestDatabase.create(vertx);
    store = new PgConsents(database.pool(), CAPACITY);
    otherInstance = new PgConsents(database.pool(), CAPACITY);
  }

  @AfterEach
  void closePools() {
    database.close();
  }

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
    assertThat(await(store.insert(request("a")))).isTrue();
    assertThat(await(otherInstance.insert(request("a")))).isFalse();
    await(otherInstance.insert(request("b")));

    assertThat(await(store.requests()))
        .extracting(ConsentRequest::authReqId)
        .containsExactly("b", "a");
    assertThat(await(store.find("a"))).contains(request("a"));
    assertThat(await(store.find("unknown"))).isEmpty();
  }

  @Test
  void changesARequestOnlyFromTheStateTheCallerSaw() {
    ConsentRequest pending = request("a");
    await(store.insert(pending));
    ConsentRequest approved = pending.decide(true, NOW, "control");

    assertThat(await(store.compareAndSet(pending, approved))).isTrue();
    assertThat(await(otherInstance.compareAndSet(pending, pending.decide(false, NOW, "x"))))
        .isFalse();
    assertThat(await(otherInstance.find("a"))).contains(approved);
    assertThat(await(store.compareAndSet(approved, request("b")))).as("another id").isFalse();
  }

  @Test
  void exactlyOneOfManyInstancesRacingToDecideARequestWins() {
    ConsentRequest pending = request("a");
    await(store.insert(pending));
    List<Future<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      racers.add(
          (i % 2 == 0 ? store : otherInstance)
              .compareAndSet(pending, pending.decide(i % 3 == 0, NOW, "racer-" + i)));
    }

    assertThat(awaitAll(racers)).containsOnlyOnce(true);
  }

  @Test
  void findsAGrantByEitherDigestAndForgetsTheOldAccessDigestOnReplace() {
    ConsentGrant first = grant("a", "access-1", "refresh-1");
    await(store.saveGrant(first));
    ConsentGrant second = first.withAccessToken("access-2", NOW);

    assertThat(await(otherInstance.replaceGrant(first, second))).isTrue();
    assertThat(await(store.replaceGrant(first, second))).isFalse();

    assertThat(await(store.grantByAccessToken("access-1"))).isEmpty();
    assertThat(await(store.grantByAccessToken("access-2"))).contains(second);
    assertThat(await(store.grantByRefreshToken("refresh-1"))).contains(second);
    assertThat(await(store.grantByRefreshToken("access-2"))).isEmpty();
  }

  @Test
  void exactlyOneOfManyRacingRefreshesWins() {
    ConsentGrant first = grant("a", "access-1", "refresh-1");
    await(store.saveGrant(first));
    List<Future<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      racers.add(
          (i % 2 == 0 ? store : otherInstance)
              .replaceGrant(first, first.withAccessToken("access-" + (i + 2), NOW)));
    }

    assertThat(awaitAll(racers)).containsOnlyOnce(true);
  }

  @Test
  void aGrantSavedAgainReplacesTheOldOne() {
    await(store.saveGrant(grant("a", "access-1", "refresh-1")));
    ConsentGrant online = grant("a", "access-2", null);

    await(otherInstance.saveGrant(online));

    assertThat(await(store.grantByAccessToken("access-1"))).isEmpty();
    assertThat(await(store.grantByRefreshToken("refresh-1"))).isEmpty();
    assertThat(await(store.grantByAccessToken("access-2"))).contains(online);
  }

  @Test
  void keepsAtMostItsCapacityForgettingTheOldest() {
    for (int i = 0; i <= CAPACITY; i++) {
      await((i % 2 == 0 ? store : otherInstance).insert(request("r" + i)));
      await(store.saveGrant(grant("r" + i, "access-" + i, null)));
    }

    assertThat(await(store.find("r0"))).isEmpty();
    assertThat(await(store.find("r1"))).isPresent();
    assertThat(await(store.grantByAccessToken("access-0"))).isEmpty();
    assertThat(await(store.allRequests())).hasSize(CAPACITY);
    assertThat(await(store.allGrants())).hasSize(CAPACITY);
  }

  @Test
  void clearForgetsRequestsAndGrants() {
    await(store.insert(request("a")));
    await(store.saveGrant(grant("a", "access-1", null)));

    assertThat(await(otherInstance.clear())).isEqualTo(1);

    assertThat(await(store.allRequests())).isEmpty();
    assertThat(await(store.grantByAccessToken("access-1"))).isEmpty();
  }

  @Test
  void restoringReplacesRequestsAndGrantsKeepingTheirOrder() {
    await(store.insert(request("old")));
    List<ConsentRequest> requests = List.of(request("a"), request("b").decide(true, NOW, "x"));
    List<ConsentGrant> grants = List.of(grant("b", "access-b", "refresh-b"), grant("a", "x", null));

    await(database.pool().withTransaction(tx -> store.restoreIn(tx, requests, grants)));

    assertThat(await(otherInstance.allRequests())).containsExactlyElementsOf(requests);
    assertThat(await(otherInstance.allGrants())).containsExactlyElementsOf(grants);
    assertThat(await(otherInstance.grantByRefreshToken("refresh-b"))).contains(grants.get(0));
  }
}

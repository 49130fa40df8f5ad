package dev.momosim.simulator.storage.postgres;

import static dev.momosim.simulator.storage.postgres.PgTestDatabase.await;
import static dev.momosim.simulator.storage.postgres.PgTestDatabase.awaitAll;
import static dev.momosim.simulator.storage.postgres.PgTestDatabase.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class PgApiUsersTest {
  private static final String ID = "9f1c2b7e-4a2d-4c1e-8b3a-5d6e7f809a1b";

  private PgTestDatabase database;
  private PgApiUsers users;
  private PgApiUsers otherInstance;

  @BeforeEach
  void freshDatabase(Vertx vertx) {
    database = PgTestDatabase.create(vertx);
    users = new PgApiUsers(database.pool());
    otherInstance = new PgApiUsers(database.pool());
  }

  @AfterEach
  void closePools() {
    database.close();
  }

  @Test
  void keepsAUserOnlyIfItsIdIsFree() {
    ApiUser first = new ApiUser(ID, "first.example", Product.COLLECTION, null);

    assertThat(await(users.insertIfAbsent(first))).isTrue();
    assertThat(
            await(
                otherInstance.insertIfAbsent(
                    new ApiUser(ID, "second.example", Product.REMITTANCE, null))))
        .isFalse();

    assertThat(await(users.find(ID))).contains(first);
    assertThat(await(otherInstance.find(ID))).contains(first);
  }

  @Test
  void exactlyOneOfFiftyCreatorsRacingOnTwoInstancesGetsTheId() {
    List<Future<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      ApiUser candidate = new ApiUser(ID, "host" + i, Product.COLLECTION, null);
      racers.add((i % 2 == 0 ? users : otherInstance).insertIfAbsent(candidate));
    }

    assertThat(awaitAll(racers)).containsOnlyOnce(true);
  }

  @Test
  void replacesTheKeyOfAKnownUserOnly() {
    await(users.insertIfAbsent(new ApiUser(ID, "localhost", Product.COLLECTION, null)));

    assertThat(await(otherInstance.replaceKey(ID, "key-1"))).isTrue();
    assertThat(await(users.replaceKey("unknown", "key-1"))).isFalse();

    assertThat(await(users.find(ID)))
        .contains(new ApiUser(ID, "localhost", Product.COLLECTION, "key-1"));
    assertThat(await(users.find("unknown"))).isEmpty();
  }

  @Test
  void replacingAKeyWithNoneKeepsAUserWithoutAKey() {
    await(users.insertIfAbsent(new ApiUser(ID, "localhost", Product.COLLECTION, "key-1")));

    assertThat(await(users.replaceKey(ID, null))).isTrue();

    assertThat(await(users.find(ID)))
        .contains(new ApiUser(ID, "localhost", Product.COLLECTION, null));
  }

  @Test
  void clearingForgetsEveryUserOfEveryInstance() {
    await(users.insertIfAbsent(new ApiUser(ID, "localhost", Product.COLLECTION, null)));

    await(otherInstance.clear());

    assertThat(await(users.find(ID))).isEmpty();
    assertThat(await(users.insertIfAbsent(new ApiUser(ID, "localhost", Product.COLLECTION, null))))
        .isTrue();
  }

  @Test
  void restoringReplacesEveryUserWithTheImages() {
    await(users.insertIfAbsent(new ApiUser("old", "localhost", Product.COLLECTION, null)));
    List<ApiUser> image =
        List.of(
            new ApiUser("a", "a.example", Product.COLLECTION, "key-a"),
            new ApiUser("b", null, Product.DISBURSEMENT, null));

    await(database.pool().withTransaction(tx -> users.restoreIn(tx, image)));

    assertThat(await(otherInstance.all())).containsExactlyInAnyOrderElementsOf(image);
  }

  @Test
  void aDatabaseThatCannotBeReachedFailsTheFutureRatherThanHanging(Vertx vertx) {
    Pool unreachable =
        PgBuilder.pool()
            .connectingTo(
                new PgConnectOptions()
                    .setHost("127.0.0.1")
                    .setPort(1)
                    .setDatabase("none")
                    .setUser("momo"))
            .using(vertx)
            .build();
    try {
      assertThat(failure(new PgApiUsers(unreachable).find(ID))).isNotNull();
    } finally {
      await(unreachable.close());
    }
  }
}

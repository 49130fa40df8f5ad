package dev.momosim.simulator.storage.memory;

import static dev.momosim.simulator.storage.memory.Completed.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryApiUsersTest {
  private static final String ID = "9f1c2b7e-4a2d-4c1e-8b3a-5d6e7f809a1b";
  private final InMemoryApiUsers users = new InMemoryApiUsers();

  @Test
  void keepsAUserOnlyIfItsIdIsFree() {
    ApiUser first = new ApiUser(ID, "first.example", Product.COLLECTION, null);

    assertThat(value(users.insertIfAbsent(first))).isTrue();
    assertThat(
            value(
                users.insertIfAbsent(new ApiUser(ID, "second.example", Product.REMITTANCE, null))))
        .isFalse();

    assertThat(value(users.find(ID))).contains(first);
  }

  @Test
  void exactlyOneOfManyRacingCreatorsGetsTheId() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> racers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ApiUser candidate = new ApiUser(ID, "host" + i, Product.COLLECTION, null);
      racers.add(
          pool.submit(
              () -> {
                start.await();
                return value(users.insertIfAbsent(candidate));
              }));
    }
    start.countDown();
    int won = 0;
    for (Future<Boolean> racer : racers) {
      won += racer.get(30, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();

    assertThat(won).isEqualTo(1);
  }

  @Test
  void replacesTheKeyOfAKnownUserOnly() {
    value(users.insertIfAbsent(new ApiUser(ID, "localhost", Product.COLLECTION, null)));

    assertThat(value(users.replaceKey(ID, "key-1"))).isTrue();
    assertThat(value(users.replaceKey("unknown", "key-1"))).isFalse();

    assertThat(value(users.find(ID)))
        .hasValueSatisfying(user -> assertThat(user.apiKeyDigest()).isEqualTo("key-1"));
    assertThat(value(users.find("unknown"))).isEmpty();
  }

  @Test
  void clearingForgetsEveryUser() {
    value(users.insertIfAbsent(new ApiUser(ID, "localhost", Product.COLLECTION, null)));

    value(users.clear());

    assertThat(value(users.find(ID))).isEmpty();
    assertThat(value(users.insertIfAbsent(new ApiUser(ID, "localhost", Product.COLLECTION, null))))
        .isTrue();
  }
}

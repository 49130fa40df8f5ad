package dev.momosim.simulator.storage.postgres;

import static dev.momosim.simulator.storage.postgres.PgTestDatabase.await;
import static dev.momosim.simulator.storage.postgres.PgTestDatabase.awaitAll;
import static dev.momosim.simulator.storage.postgres.PgTestDatabase.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.domain.CallbackAttempt;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.CallbackOutcome;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class PgCallbackJournalTest {
  private static final Instant AT = Instant.parse("2024-05-01T10:00:05Z");

  private PgTestDatabase database;

  @BeforeEach
  void freshDatabase(Vertx vertx) {
    database = PgTestDatabase.create(vertx);
  }

  @AfterEach
  void closePools() {
    database.close();
  }

  private PgCallbackJournal journal(int capacity) {
    return await(PgCallbackJournal.open(database.pool(), capacity));
  }

  @Test
  void listsNewestFirstAndForgetsTheOldestBeyondItsCapacity() {
    PgCallbackJournal journal = journal(3);
    List<String> ids = IntStream.range(0, 5).mapToObj(i -> add(journal)).toList();

    assertThat(await(journal.list(10)))
        .extracting(CallbackDelivery::id)
        .containsExactly(ids.get(4), ids.get(3), ids.get(2));
    assertThat(await(journal.find(ids.get(1)))).isEmpty();
    assertThat(await(journal.find(ids.get(4)))).isPresent();
  }

  @Test
  void holdsAboutItsCapacityTrimmingNowAndThen() {
    PgCallbackJournal journal = journal(100);
    IntStream.range(0, 150).forEach(i -> add(journal));

    assertThat(await(journal.list(Integer.MAX_VALUE))).hasSizeBetween(100, 100 + 6);
  }

  @Test
  void listsAtMostTheLimitNewestFirstAndPagesByTheLastId() {
    PgCallbackJournal journal = journal(10);
    List<String> ids = IntStream.range(0, 5).mapToObj(i -> add(journal)).toList();

    assertThat(await(journal.list(2)))
        .extracting(CallbackDelivery::id)
        .containsExactly(ids.get(4), ids.get(3));
    assertThat(await(journal.list(ids.get(3), 2)))
        .extracting(CallbackDelivery::id)
        .containsExactly(ids.get(2), ids.get(1));
    assertThat(await(journal.list(ids.get(0), 2))).isEmpty();
  }

  @Test
  void listsInTheOrderOfInsertionAcrossInstances() {
    PgCallbackJournal first = journal(10);
    PgCallbackJournal second = journal(10);
    String a = add(second);
    String b = add(first);
    String c = add(second);

    assertThat(await(first.list(10))).extracting(CallbackDelivery::id).containsExactly(c, b, a);
    assertThat(await(second.list(c, 10))).extracting(CallbackDelivery::id).containsExactly(b, a);
  }

  @Test
  void refusesAnAfterThatIsNotACallbackId() {
    PgCallbackJournal journal = journal(10);

    assertThat(failure(journal.list("12", 10)))
        .isInstanceOf(MomoException.class)
        .hasMessageContaining("cb-12");
  }

  @Test
  void anAfterNoLongerKeptListsTheEntriesWithSmallerNumbers() {
    PgCallbackJournal journal = journal(10);
    List<String> ids = IntStream.range(0, 3).mapToObj(i -> add(journal)).toList();
    long number = Long.parseLong(ids.get(2).substring(3));

    assertThat(await(journal.list("cb-" + (number + 1), 10)))
        .extracting(CallbackDelivery::id)
        .containsExactly(ids.get(2), ids.get(1), ids.get(0));
  }

  @Test
  void replacesAnEntryInPlaceWhenItChanges() {
    PgCallbackJournal journal = journal(10);
    String first = add(journal);
    String second = add(journal);

    CallbackDelivery updated =
        await(
                journal.update(
                    first,
                    entry ->
                        entry
                            .withAttempt(new CallbackAttempt(AT, 200, null, 3))
                            .withOutcome(CallbackOutcome.DELIVERED)))
            .orElseThrow();

    assertThat(updated.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(await(journal.list(10)))
        .extracting(CallbackDelivery::id)
        .containsExactly(second, first);
    assertThat(await(journal.find(first)).orElseThrow()).isEqualTo(updated);
    assertThat(await(journal.update("cb-unknown", entry -> entry))).isEmpty();
  }

  @Test
  void racingUpdatesOnTwoInstancesLoseNoAttempt() {
    PgCallbackJournal first = journal(10);
    PgCallbackJournal second = journal(10);
    String id = add(first);
    List<Future<Optional<CallbackDelivery>>> updates = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      CallbackAttempt attempt = new CallbackAttempt(AT.plusSeconds(i), 500, null, i);
      updates.add((i % 2 == 0 ? first : second).update(id, entry -> entry.withAttempt(attempt)));
    }
    awaitAll(updates);

    assertThat(await(second.find(id)).orElseThrow().attempts())
        .extracting(CallbackAttempt::durationMillis)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, 40).mapToObj(i -> (long) i).toList());
  }

  @Test
  void instancesNeverGiveTheSameId() {
    PgCallbackJournal first = journal(10);
    PgCallbackJournal second = journal(10);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      ids.add(first.newId());
      ids.add(second.newId());
    }

    assertThat(ids).hasSize(4000).allMatch(id -> id.matches("cb-[1-9][0-9]*"));
  }

  @Test
  void neverReusesAnIdAfterBeingCleared() {
    PgCallbackJournal journal = journal(10);
    String before = add(journal);

    await(journal.clear());
    String after = add(journal);

    assertThat(await(journal.list(10))).extracting(CallbackDelivery::id).containsExactly(after);
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void restoringReplacesTheDeliveriesAndIdsKeepIncreasingPastTheImagesLastNumber() {
    PgCallbackJournal journal = journal(10);
    add(journal);
    long future = await(journal.lastNumber()) + 1_000_000_000L;
    List<CallbackDelivery> image = List.of(delivery("cb-7"), delivery("cb-" + (future - 5)));

    await(database.pool().withTransaction(tx -> journal.restoreIn(tx, image, future)));

    assertThat(await(journal.all())).containsExactlyElementsOf(image);
    assertThat(await(journal.lastNumber())).isGreaterThanOrEqualTo(future);
    assertThat(Long.parseLong(journal.newId().substring(3))).isGreaterThan(future);
    PgCallbackJournal openedLater = journal(10);
    assertThat(Long.parseLong(openedLater.newId().substring(3))).isGreaterThan(future);
    assertThat(await(openedLater.list(10)))
        .extracting(CallbackDelivery::id)
        .containsExactly("cb-" + (future - 5), "cb-7");
  }

  @Test
  void refusesACapacityBelowOne() {
    assertThatThrownBy(() -> new PgCallbackJournal(database.pool(), 0, new JournalIds(1, () -> 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static CallbackDelivery delivery(String id) {
    return new CallbackDelivery(
        id,
        "ref",
        Product.COLLECTION,
        "http://localhost/cb",
        "PUT",
        "{}",
        List.of(),
        CallbackOutcome.PENDING,
        null);
  }

  private static String add(PgCallbackJournal journal) {
    CallbackDelivery delivery = delivery(journal.newId());
    await(journal.add(delivery));
    return delivery.id();
  }
}

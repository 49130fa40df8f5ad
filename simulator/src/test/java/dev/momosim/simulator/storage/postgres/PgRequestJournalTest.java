package dev.momosim.simulator.storage.postgres;

import static dev.momosim.simulator.storage.postgres.PgTestDatabase.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.domain.RequestRecord;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class PgRequestJournalTest {
  private static final Instant AT = Instant.parse("2026-05-01T10:00:05Z");

  private PgTestDatabase database;

  @BeforeEach
  void freshDatabase(Vertx vertx) {
    database = PgTestDatabase.create(vertx);
  }

  @AfterEach
  void closePools() {
    database.close();
  }

  private PgRequestJournal journal(int capacity) {
    return await(PgRequestJournal.open(database.pool(), capacity));
  }

  @Test
  void listsNewestFirstAndForgetsTheOldestBeyondItsCapacity() {
    PgRequestJournal journal = journal(3);
    List<Long> ids = IntStream.range(0, 5).mapToObj(i -> record(journal, "/p" + i)).toList();

    assertThat(await(journal.list(entry -> true, 10)))
        .extracting(RequestRecord::id)
        .containsExactly(ids.get(4), ids.get(3), ids.get(2));
  }

  @Test
  void keepsEveryFieldOfAnEntry() {
    PgRequestJournal journal = journal(3);
    RequestRecord entry =
        new RequestRecord(
            journal.newId(),
            AT,
            "POST",
            "/collection/v1_0/requesttopay",
            "a=1",
            "collection",
            "ref-1",
            new String[] {"X-Reference-Id", "ref-1", "Authorization", "Bearer ***"},
            "{\"amount\":\"5\"}",
            202,
            1.25,
            null,
            null);

    await(journal.record(entry));

    RequestRecord kept = await(journal.list(e -> true, 1)).get(0);
    assertThat(kept).usingRecursiveComparison().isEqualTo(entry);
  }

  @Test
  void appliesTheFilterOverEveryPageUntilTheLimitIsMet() {
    PgRequestJournal journal = journal(1000);
    List<Long> ids =
        IntStream.range(0, 2 * PgRequestJournal.PAGE + 10)
            .mapToObj(i -> record(journal, i % 100 == 0 ? "/rare" : "/common"))
            .toList();

    List<RequestRecord> rare = await(journal.list(entry -> entry.path().equals("/rare"), 10));

    assertThat(rare)
        .extracting(RequestRecord::id)
        .containsExactly(ids.get(400), ids.get(300), ids.get(200), ids.get(100), ids.get(0));
    assertThat(await(journal.list(entry -> entry.path().equals("/rare"), 2))).hasSize(2);
  }

  @Test
  void neverListsMoreThanItsCapacityEvenBeforeTrimming() {
    PgRequestJournal journal = journal(100);
    IntStream.range(0, 105).forEach(i -> record(journal, "/p"));

    assertThat(await(journal.list(entry -> true, 1000))).hasSize(100);
  }

  @Test
  void pagingByTheLastIdSeenNeitherSkipsNorRepeatsEntriesOfTwoInstances() {
    PgRequestJournal first = journal(100);
    PgRequestJournal second = journal(100);
    List<Long> ids =
        IntStream.range(0, 20).mapToObj(i -> record(i % 3 == 0 ? second : first, "/p")).toList();

    List<Long> pages = new ArrayList<>();
    long before = Long.MAX_VALUE;
    for (int page = 0; page < 10; page++) {
      long cursor = before;
      List<RequestRecord> found = await(first.list(entry -> entry.id() < cursor, 3));
      found.forEach(entry -> pages.add(entry.id()));
      if (found.size() < 3) {
        break;
      }
      before = found.get(found.size() - 1).id();
    }

    List<Long> newestFirst = new ArrayList<>(ids);
    Collections.reverse(newestFirst);
    assertThat(pages).containsExactlyElementsOf(newestFirst);
  }

  @Test
  void instancesNeverGiveTheSameIdAndEachGivesIncreasingIds() {
    PgRequestJournal first = journal(10);
    PgRequestJournal second = journal(10);
    Set<Long> ids = new HashSet<>();
    long last = 0;
    for (int i = 0; i < 2000; i++) {
      long id = first.newId();
      assertThat(id).isGreaterThan(last);
      last = id;
      ids.add(id);
      ids.add(second.newId());
    }

    assertThat(ids).hasSize(4000).allMatch(id -> id > 0 && id < (1L << 53));
  }

  @Test
  void idsFollowTheClockAcrossSlotsAndRunAheadOfItWhenMoreAreAskedInOneMillisecond() {
    AtomicLong now = new AtomicLong(1_780_000_000_000L);
    JournalIds slotOne = new JournalIds(1, now::get);
    JournalIds slotTwo = new JournalIds(2, now::get);

    long a = slotTwo.next();
    long b = slotOne.next();
    now.incrementAndGet();
    long c = slotOne.next();
    long d = slotTwo.next();

    assertThat(List.of(a, b, c, d)).doesNotHaveDuplicates();
    assertThat(c).isGreaterThan(a).isGreaterThan(b);
    assertThat(d).isGreaterThan(a).isGreaterThan(b);
    Set<Long> burst = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      burst.add(slotOne.next());
    }
    assertThat(burst).hasSize(1000);
  }

  @Test
  void clearingForgetsEveryEntry() {
    PgRequestJournal journal = journal(10);
    record(journal, "/p");

    await(journal(10).clear());

    assertThat(await(journal.list(entry -> true, 10))).isEmpty();
  }

  private static long record(PgRequestJournal journal, String path) {
    RequestRecord entry =
        new RequestRecord(
            journal.newId(),
            AT,
            "GET",
            path,
            null,
            "collection",
            null,
            new String[0],
            null,
            200,
            0.5,
            null,
            null);
    await(journal.record(entry));
    return entry.id();
  }
}

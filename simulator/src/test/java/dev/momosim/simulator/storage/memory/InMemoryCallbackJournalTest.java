package dev.momosim.simulator.storage.memory;

import static dev.momosim.simulator.storage.memory.Completed.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.domain.CallbackAttempt;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.CallbackOutcome;
import dev.momosim.simulator.domain.Product;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InMemoryCallbackJournalTest {
  private static final Instant AT = Instant.parse("2024-05-01T10:00:05Z");

  @Test
  void listsNewestFirstAndForgetsTheOldestBeyondItsCapacity() {
    InMemoryCallbackJournal journal = new InMemoryCallbackJournal(3);
    List<String> ids = IntStream.range(0, 5).mapToObj(i -> add(journal)).toList();

    assertThat(value(journal.list(10)))
        .extracting(CallbackDelivery::id)
        .containsExactly(ids.get(4), ids.get(3), ids.get(2));
    assertThat(value(journal.find(ids.get(1)))).isEmpty();
    assertThat(value(journal.find(ids.get(4)))).isPresent();
  }

  @Test
  void holdsExactlyItsCapacity() {
    InMemoryCallbackJournal journal = new InMemoryCallbackJournal(1000);
    IntStream.range(0, 1005).forEach(i -> add(journal));

    assertThat(value(journal.list(Integer.MAX_VALUE))).hasSize(1000);
  }

  @Test
  void listsAtMostTheLimitNewestFirst() {
    InMemoryCallbackJournal journal = new InMemoryCallbackJournal(10);
    List<String> ids = IntStream.range(0, 5).mapToObj(i -> add(journal)).toList();

    assertThat(value(journal.list(2)))
        .extracting(CallbackDelivery::id)
        .containsExactly(ids.get(4), ids.get(3));
  }

  @Test
  void replacesAnEntryInPlaceWhenItChanges() {
    InMemoryCallbackJournal journal = new InMemoryCallbackJournal(10);
    String first = add(journal);
    String second = add(journal);

    CallbackDelivery updated =
        value(
                journal.update(
                    first,
                    entry ->
                        entry
                            .withAttempt(new CallbackAttempt(AT, 200, null, 3))
                            .withOutcome(CallbackOutcome.DELIVERED)))
            .orElseThrow();

    assertThat(updated.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(value(journal.list(10)))
        .extracting(CallbackDelivery::id)
        .containsExactly(second, first);
    assertThat(value(journal.find(first)).orElseThrow()).isEqualTo(updated);
    assertThat(value(journal.update("cb-unknown", entry -> entry))).isEmpty();
  }

  @Test
  void neverReusesAnIdAfterBeingCleared() {
    InMemoryCallbackJournal journal = new InMemoryCallbackJournal(10);
    String before = add(journal);

    value(journal.clear());
    String after = add(journal);

    assertThat(value(journal.list(10))).extracting(CallbackDelivery::id).containsExactly(after);
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void staysConsistentUnderConcurrentWriters() {
    InMemoryCallbackJournal journal = new InMemoryCallbackJournal(100);
    IntStream.range(0, 10_000).parallel().forEach(i -> add(journal));

    List<CallbackDelivery> entries = value(journal.list(Integer.MAX_VALUE));
    assertThat(entries).hasSizeLessThanOrEqualTo(100).hasSizeGreaterThanOrEqualTo(90);
    assertThat(entries).extracting(CallbackDelivery::id).doesNotHaveDuplicates();
  }

  @Test
  void refusesACapacityBelowOne() {
    assertThatThrownBy(() -> new InMemoryCallbackJournal(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String add(InMemoryCallbackJournal journal) {
    CallbackDelivery delivery =
        new CallbackDelivery(
            journal.newId(),
            "ref",
            Product.COLLECTION,
            "http://localhost/cb",
            "PUT",
            "{}",
            List.of(),
            CallbackOutcome.PENDING,
            null);
    value(journal.add(delivery));
    return delivery.id();
  }
}

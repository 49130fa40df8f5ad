package dev.momosim.simulator.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.domain.Product;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CallbackJournalTest {
  private static final Instant AT = Instant.parse("2024-05-01T10:00:05Z");

  @Test
  void listsNewestFirstAndForgetsTheOldestBeyondItsCapacity() {
    CallbackJournal journal = new CallbackJournal(3);
    List<String> ids = IntStream.range(0, 5).mapToObj(i -> add(journal)).toList();

    assertThat(journal.list())
        .extracting(CallbackDelivery::id)
        .containsExactly(ids.get(4), ids.get(3), ids.get(2));
    assertThat(journal.find(ids.get(1))).isEmpty();
    assertThat(journal.find(ids.get(4))).isPresent();
  }

  @Test
  void holdsAThousandByDefault() {
    CallbackJournal journal = new CallbackJournal();
    IntStream.range(0, 1005).forEach(i -> add(journal));

    assertThat(journal.capacity()).isEqualTo(1000);
    assertThat(journal.list()).hasSize(1000);
  }

  @Test
  void replacesAnEntryInPlaceWhenItChanges() {
    CallbackJournal journal = new CallbackJournal();
    String first = add(journal);
    String second = add(journal);

    journal.update(
        first,
        entry ->
            entry
                .withAttempt(new CallbackAttempt(AT, 200, null, 3))
                .withOutcome(CallbackOutcome.DELIVERED));

    assertThat(journal.list()).extracting(CallbackDelivery::id).containsExactly(second, first);
    assertThat(journal.find(first).orElseThrow().outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    assertThat(journal.update("cb-unknown", entry -> entry)).isEmpty();
  }

  @Test
  void neverReusesAnIdAfterBeingCleared() {
    CallbackJournal journal = new CallbackJournal();
    String before = add(journal);

    journal.clear();
    String after = add(journal);

    assertThat(journal.list()).extracting(CallbackDelivery::id).containsExactly(after);
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void staysConsistentUnderConcurrentWriters() {
    CallbackJournal journal = new CallbackJournal(100);
    IntStream.range(0, 10_000).parallel().forEach(i -> add(journal));

    assertThat(journal.list()).hasSizeLessThanOrEqualTo(100).hasSizeGreaterThanOrEqualTo(90);
    assertThat(journal.list()).extracting(CallbackDelivery::id).doesNotHaveDuplicates();
  }

  @Test
  void rendersAnEntryAsTheControlApiServesIt() {
    CallbackDelivery delivery =
        new CallbackDelivery(
            "cb-7",
            "ref-1",
            Product.DISBURSEMENT,
            "http://localhost/cb",
            HttpMethod.PUT,
            "{\"status\":\"FAILED\",\"reason\":\"EXPIRED\"}",
            List.of(
                new CallbackAttempt(AT, null, "Connection refused", 4),
                new CallbackAttempt(AT, 200, null, 9)),
            CallbackOutcome.DELIVERED,
            null);

    assertThat(delivery.toJson())
        .isEqualTo(
            new JsonObject()
                .put("id", "cb-7")
                .put("referenceId", "ref-1")
                .put("product", "disbursement")
                .put("url", "http://localhost/cb")
                .put("method", "PUT")
                .put("outcome", "DELIVERED")
                .put("body", new JsonObject().put("status", "FAILED").put("reason", "EXPIRED"))
                .put(
                    "attempts",
                    new JsonArray()
                        .add(
                            new JsonObject()
                                .put("at", "2024-05-01T10:00:05Z")
                                .putNull("statusCode")
                                .put("error", "Connection refused")
                                .put("durationMillis", 4L))
                        .add(
                            new JsonObject()
                                .put("at", "2024-05-01T10:00:05Z")
                                .put("statusCode", 200)
                                .putNull("error")
                                .put("durationMillis", 9L)))
                .putNull("resendOf"));
  }

  @Test
  void refusesACapacityBelowOne() {
    assertThatThrownBy(() -> new CallbackJournal(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static String add(CallbackJournal journal) {
    CallbackDelivery delivery =
        new CallbackDelivery(
            journal.nextId(),
            "ref",
            Product.COLLECTION,
            "http://localhost/cb",
            HttpMethod.PUT,
            "{}",
            List.of(),
            CallbackOutcome.PENDING,
            null);
    journal.add(delivery);
    return delivery.id();
  }
}

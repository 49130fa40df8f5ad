package dev.momosim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BackgroundLogTest {
  private final String name = "momo-sim-test-" + System.nanoTime();
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  /** Held here: the logging framework holds loggers weakly, and would drop one with its handler. */
  private final Logger logger = Logger.getLogger(name);

  @BeforeEach
  void record() {
    logger.setUseParentHandlers(false);
    logger.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  @Test
  void writesLinesInOrderAndCountsWhatItHadToDrop() {
    BackgroundLog log = new BackgroundLog(name);
    for (int i = 0; i < 20_000; i++) {
      log.info(Integer.toString(i));
    }
    log.close();

    Awaitility.await("all lines written or counted")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(5))
        .until(() -> written(records) + dropped(records) >= 20_000);
    List<Integer> numbers =
        records.stream()
            .filter(r -> r.getLevel() == Level.INFO)
            .map(r -> Integer.parseInt(r.getMessage()))
            .toList();
    assertThat(numbers).isSorted();
    assertThat(dropped(records))
        .as("a burst beyond the queue's bound is dropped, not queued")
        .isPositive();
  }

  @Test
  void writesALineHandedOverAfterItClosedAtOnce() throws InterruptedException {
    BackgroundLog log = new BackgroundLog(name);
    log.info("before");
    log.closeAndFlush(Duration.ofSeconds(10));

    log.info("after");

    assertThat(records).extracting(LogRecord::getMessage).containsExactly("before", "after");
  }

  private static long written(List<LogRecord> records) {
    return records.stream().filter(r -> r.getLevel() == Level.INFO).count();
  }

  private static long dropped(List<LogRecord> records) {
    return records.stream()
        .filter(r -> r.getLevel() == Level.WARNING)
        .mapToLong(r -> Long.parseLong(r.getMessage().substring(0, r.getMessage().indexOf(' '))))
        .sum();
  }
}

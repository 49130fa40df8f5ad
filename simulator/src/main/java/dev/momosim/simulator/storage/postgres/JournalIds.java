package dev.momosim.simulator.storage.postgres;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Ids a journal gives without asking the database (its {@code newId()} is synchronous), unique
 * across every instance on one database and ordered by time across them: {@code stamp * 64 + slot},
 * where the stamp counts milliseconds since 2024 (times 128, so one instance gives up to 128 ids a
 * millisecond before running ahead of the clock) and the slot (0 to 63) is the instance's, taken
 * from a database sequence when the journal opens. Ids stay below 2^53, so a browser reads them
 * exactly as numbers. Two instances share a slot only when more than 64 journals opened while one
 * was running. Thread-safe.
 */
final class JournalIds {
  private static final int SLOT_BITS = 6;
  private static final int PER_MILLISECOND_BITS = 7;
  private static final long EPOCH_MILLIS = 1_704_067_200_000L; // 2024-01-01T00:00:00Z

  private final long slot;
  private final LongSupplier millis;
  private final AtomicLong lastStamp = new AtomicLong();

  /**
   * @param slot the instance's slot, any number (only its last six bits are used)
   * @param millis the real time in milliseconds since 1970
   */
  JournalIds(long slot, LongSupplier millis) {
    this.slot = slot & ((1L << SLOT_BITS) - 1);
    this.millis = millis;
  }

  /** Ids of a slot taken from the database's sequence, on the real clock. */
  static Future<JournalIds> claim(Pool pool) {
    return pool.query("SELECT nextval('sim_journal_slots')")
        .execute()
        .map(rows -> new JournalIds(rows.iterator().next().getLong(0), System::currentTimeMillis));
  }

  /** A new id, greater than every id this one gave or was told of. */
  long next() {
    long now = (millis.getAsLong() - EPOCH_MILLIS) << PER_MILLISECOND_BITS;
    return lastStamp.updateAndGet(last -> Math.max(last + 1, now)) << SLOT_BITS | slot;
  }

  /** From now on, gives only ids greater than {@code id} (an id given elsewhere). */
  void passed(long id) {
    lastStamp.accumulateAndGet(id >> SLOT_BITS, Math::max);
  }

  /** At least the last id given or told of (0 if none); every later id is greater. */
  long last() {
    long stamp = lastStamp.get();
    return stamp == 0 ? 0 : stamp << SLOT_BITS | ((1L << SLOT_BITS) - 1);
  }
}

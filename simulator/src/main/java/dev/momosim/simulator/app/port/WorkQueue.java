package dev.momosim.simulator.app.port;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Work due at an instant of the simulator clock (a payment's planned end or expiry, a callback to
 * send), kept as data so that a store shared by several instances can hand each job to exactly one
 * of them. A job is taken by a {@link Claim}; the taker reports it {@link #done}. A store that
 * outlives the process ({@link #durable()}) gives a claim whose taker stopped without reporting it
 * to another taker once the claim's lease runs out; there {@link Claim#attempt()} counts the takes.
 */
public interface WorkQueue {
  /** What a job does; the app layer runs each kind. */
  enum Kind {
    /** Settle the transaction {@code product/referenceId} as planned (or expire it). */
    SETTLE,
    /** Send the journalled callback delivery with this id. */
    SEND_CALLBACK
  }

  /**
   * One job.
   *
   * @param key what it is about: {@code PRODUCT/referenceId} for {@link Kind#SETTLE}, the delivery
   *     id for {@link Kind#SEND_CALLBACK}
   */
  record Job(Kind kind, String key) {}

  /**
   * A job taken by one taker.
   *
   * @param id the queue's id for it
   * @param attempt how many times it has been taken, this time included (1 unless a taker stopped
   *     without finishing it)
   */
  record Claim(long id, Instant dueAt, Job job, int attempt) {}

  /** True if scheduled work outlives this process: nothing needs rescheduling on start. */
  boolean durable();

  /** Keeps {@code job} to be taken once the clock reaches {@code dueAt}. */
  Future<Void> schedule(Instant dueAt, Job job);

  /**
   * Keeps {@code job} as already taken by the caller, who runs it at once and reports it {@link
   * #done}; if the caller stops first, a durable queue hands it to another taker.
   */
  Future<Claim> scheduleTaken(Instant dueAt, Job job);

  /** Takes up to {@code max} jobs due at or before {@code now}, earliest first. */
  Future<List<Claim>> claimDue(Instant now, int max);

  /** The job of {@code claim} is finished: it is forgotten. */
  Future<Void> done(Claim claim);

  /** When the earliest job this process knows of is due (a durable queue may hold more). */
  Optional<Instant> nextDue();

  /**
   * Called with the new earliest due instant whenever a job becomes the first this process knows.
   */
  void onEarliestChanged(Consumer<Instant> listener);

  /** Forgets every job. */
  Future<Void> clear();
}

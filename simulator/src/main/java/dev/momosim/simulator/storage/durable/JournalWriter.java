package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.Durability;
import dev.momosim.simulator.app.port.StateImage;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Appends journal records on one thread of its own, with group commit: every record waiting when
 * the thread wakes goes out in one write (and one {@code fsync} at {@link Durability#FSYNC}), and
 * each record's Future completes once its bytes are as durable as promised. Records go out in the
 * order they were handed in. A rotation closes the current journal, starts the next, and hands the
 * state image taken at that point to the snapshot writer. After a write fails, every later append
 * fails at once: the simulator refuses changes it cannot keep. Thread-safe.
 */
final class JournalWriter {
  private static final Logger LOG = Logger.getLogger(JournalWriter.class.getName());
  private static final int BATCH = 4096;

  private sealed interface Item {}

  private record Append(JournalEntry entry, Promise<Void> durable) implements Item {}

  private record Barrier(Promise<Void> reached) implements Item {}

  private record Rotate(StateImage image, Promise<Void> snapshotKept) implements Item {}

  private record Stop(Promise<Void> stopped) implements Item {}

  /** Writes the snapshot of a rotation (on its own thread) and completes the promise. */
  interface SnapshotWriter {
    void write(long number, StateImage image, Promise<Void> kept);
  }

  private final DataDirectory directory;
  private final EntryCodec codec;
  private final Durability durability;
  private final long compactAfterBytes;
  private final SnapshotWriter snapshots;
  private final Consumer<JournalWriter> compactionDue;
  private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
  private final Thread thread;

  private long segment;
  private FileChannel out;
  private long segmentBytes;
  private volatile IOException broken;
  private volatile boolean compacting;

  /**
   * @param segment the journal to append to, already holding {@code segmentBytes} whole bytes (its
   *     header included; 0 to write the header first)
   * @param compactionDue called on this writer's thread when the journal grew past {@code
   *     compactAfterBytes}; it takes an image and calls {@link #rotate} under the store's lock
   */
  JournalWriter(
      DataDirectory directory,
      EntryCodec codec,
      Durability durability,
      long compactAfterBytes,
      long segment,
      long segmentBytes,
      SnapshotWriter snapshots,
      Consumer<JournalWriter> compactionDue)
      throws IOException {
    this.directory = directory;
    this.codec = codec;
    this.durability = durability;
    this.compactAfterBytes = compactAfterBytes;
    this.snapshots = snapshots;
    this.compactionDue = compactionDue;
    open(segment, segmentBytes);
    this.thread = new Thread(this::run, "momo-sim-journal");
    thread.setDaemon(true);
    thread.start();
  }

  /** Hands a record in; call in the order the changes were made. */
  Future<Void> append(JournalEntry entry) {
    return enqueue(promise -> new Append(entry, promise));
  }

  /** Completes once every record handed in before it is durable. */
  Future<Void> barrier() {
    return enqueue(Barrier::new);
  }

  /**
   * Starts the next journal after every record handed in before; {@code image} must be the state as
   * of exactly that point. Completes once the snapshot of it is kept.
   */
  Future<Void> rotate(StateImage image) {
    return enqueue(promise -> new Rotate(image, promise));
  }

  /** Writes out what was handed in, then stops; later appends fail. */
  Future<Void> stop() {
    Promise<Void> stopped = Promise.promise();
    queue.add(new Stop(stopped));
    return stopped.future();
  }

  /** The journal being written now. */
  long segment() {
    return segment;
  }

  private Future<Void> enqueue(java.util.function.Function<Promise<Void>, Item> item) {
    IOException failure = broken;
    if (failure != null) {
      return Future.failedFuture(new IllegalStateException("the data directory failed", failure));
    }
    Promise<Void> promise = Promise.promise();
    queue.add(item.apply(promise));
    return promise.future();
  }

  private void run() {
    List<Item> batch = new ArrayList<>();
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      queue.drainTo(batch, BATCH);
      if (!write(batch)) {
        return;
      }
      batch.clear();
      if (segmentBytes > compactAfterBytes && !compacting && broken == null) {
        compacting = true;
        compactionDue.accept(this);
      }
    }
  }

  /**
   * Writes the batch in order, completing each promise once durable.
   *
   * @return false once stopped
   */
  private boolean write(List<Item> batch) {
    List<Promise<Void>> waiting = new ArrayList<>();
    ByteArrayChunks pending = new ByteArrayChunks();
    for (Item item : batch) {
      if (item instanceof Append append) {
        pending.add(codec.encode(append.entry()));
        waiting.add(append.durable());
      } else if (item instanceof Barrier barrier) {
        waiting.add(barrier.reached());
      } else if (item instanceof Rotate rotate) {
        flush(pending, waiting);
        startNext(rotate);
      } else if (item instanceof Stop stop) {
        flush(pending, waiting);
        close();
        broken = broken != null ? broken : new IOException("the journal was closed");
        failRemaining();
        stop.stopped().complete();
        return false;
      }
    }
    flush(pending, waiting);
    return true;
  }

  private void flush(ByteArrayChunks pending, List<Promise<Void>> waiting) {
    if (broken != null) {
      fail(waiting, broken);
    } else {
      try {
        if (!pending.isEmpty()) {
          ByteBuffer bytes = pending.toBuffer();
          segmentBytes += bytes.remaining();
          while (bytes.hasRemaining()) {
            out.write(bytes);
          }
          if (durability == Durability.FSYNC) {
            out.force(false);
          }
        }
        waiting.forEach(Promise::tryComplete);
      } catch (IOException e) {
        broken = e;
        LOG.log(
            Level.SEVERE,
            "cannot write the journal in "
                + directory.path()
                + " ("
                + DataDirectory.reason(e)
                + "): every change is refused from now on",
            e);
        fail(waiting, e);
      }
    }
    pending.clear();
    waiting.clear();
  }

  private void startNext(Rotate rotate) {
    if (broken != null) {
      rotate.snapshotKept().tryFail(new IllegalStateException("the data directory failed", broken));
      return;
    }
    long next = segment + 1;
    try {
      out.force(false);
      out.close();
      open(next, 0);
      directory.syncDirectory();
    } catch (IOException e) {
      broken = e;
      rotate.snapshotKept().tryFail(e);
      return;
    }
    Promise<Void> kept = Promise.promise();
    kept.future()
        .onComplete(
            done -> {
              compacting = false;
              rotate.snapshotKept().handle(done);
            });
    snapshots.write(next, rotate.image(), kept);
  }

  private void open(long number, long wholeBytes) throws IOException {
    segment = number;
    out =
        FileChannel.open(
            directory.journal(number), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    out.truncate(wholeBytes); // cuts off a record a crash left cut short
    out.position(wholeBytes);
    segmentBytes = wholeBytes;
    if (wholeBytes == 0) {
      ByteBuffer header = ByteBuffer.wrap(codec.header());
      segmentBytes = header.remaining();
      while (header.hasRemaining()) {
        out.write(header);
      }
      out.force(false);
    }
  }

  private void close() {
    try {
      out.force(false);
      out.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot close the journal in " + directory.path(), e);
    }
  }

  private void failRemaining() {
    List<Item> left = new ArrayList<>();
    queue.drainTo(left);
    for (Item item : left) {
      if (item instanceof Append append) {
        append.durable().tryFail("the journal was closed");
      } else if (item instanceof Barrier barrier) {
        barrier.reached().tryFail("the journal was closed");
      } else if (item instanceof Rotate rotate) {
        rotate.snapshotKept().tryFail("the journal was closed");
      } else if (item instanceof Stop stop) {
        stop.stopped().tryComplete();
      }
    }
  }

  private static void fail(List<Promise<Void>> waiting, IOException cause) {
    IllegalStateException failure = new IllegalStateException("the data directory failed", cause);
    waiting.forEach(promise -> promise.tryFail(failure));
  }
}

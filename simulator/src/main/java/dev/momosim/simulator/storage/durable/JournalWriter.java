package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.Durability;
import dev.momosim.simulator.app.port.StateImage;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Appends journal records. Every method is called under the {@link Gate}'s lock, so records land in
 * the order the changes were made. A record is written to the operating system at once (one {@code
 * write} of well under a kilobyte into the page cache, no flush), which is all {@link
 * Durability#PROCESS} asks: the answer needs no other thread. At {@link Durability#FSYNC} the
 * {@link Flusher} thread flushes what was written, once for every change waiting (group commit),
 * and completes their Futures after it. A journal longer than its size limit is rotated: the next
 * one starts, and the snapshot of the state at that point is written on the snapshot thread. After
 * a write fails, every later append fails at once: the simulator refuses changes it cannot keep.
 */
final class JournalWriter {
  private static final Logger LOG = Logger.getLogger(JournalWriter.class.getName());
  private static final long SNAPSHOT_MULTIPLE = 4;

  /** Writes the snapshot of a rotation (on its own thread) and completes the promise. */
  interface SnapshotWriter {
    /**
     * @param retired the journal before the rotation, to flush (at FSYNC) and close there
     */
    void write(long number, StateImage image, FileChannel retired, Promise<Void> kept);
  }

  private final DataDirectory directory;
  private final EntryCodec codec;
  private final long compactAfterBytes;
  private final SnapshotWriter snapshots;
  private final Supplier<StateImage> image;
  private final Flusher flusher;

  private long segment;
  private FileChannel out;
  private long segmentBytes;
  private IOException broken;
  private volatile boolean compacting;
  private volatile long snapshotBytes;

  /**
   * @param segment the journal to append to, already holding {@code segmentBytes} whole bytes (its
   *     header included; 0 to write the header first)
   * @param image the state as of now, for a rotation's snapshot (called under the Gate's lock)
   */
  JournalWriter(
      DataDirectory directory,
      EntryCodec codec,
      Durability durability,
      long compactAfterBytes,
      long segment,
      long segmentBytes,
      SnapshotWriter snapshots,
      Supplier<StateImage> image)
      throws IOException {
    this.directory = directory;
    this.codec = codec;
    this.compactAfterBytes = compactAfterBytes;
    this.snapshots = snapshots;
    this.image = image;
    this.flusher = durability == Durability.FSYNC ? new Flusher(directory) : null;
    open(segment, segmentBytes);
    directory.syncDirectory();
  }

  /** Writes the record; the Future completes once it is as durable as promised. */
  Future<Void> append(JournalEntry entry) {
    if (broken != null) {
      return failed();
    }
    try {
      write(codec.encode(entry));
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
      return failed();
    }
    Future<Void> kept = barrier();
    if (segmentBytes > compactionThreshold() && !compacting) {
      rotate(image.get())
          .onFailure(
              failure ->
                  LOG.log(Level.WARNING, "cannot compact the journal: " + failure.getMessage()));
    }
    return kept;
  }

  /**
   * A journal is compacted once it is longer than {@code compactAfterBytes} and than {@value
   * #SNAPSHOT_MULTIPLE} times the last snapshot, so writing snapshots costs at most a fraction of
   * writing the journal however large the state, and a start reads a bounded multiple of it.
   */
  private long compactionThreshold() {
    return Math.max(compactAfterBytes, SNAPSHOT_MULTIPLE * snapshotBytes);
  }

  /** The size of the snapshot written last (at start: the one read). */
  void snapshotWritten(long bytes) {
    snapshotBytes = bytes;
  }

  /** Completes once every record written before it is as durable as promised. */
  Future<Void> barrier() {
    if (broken != null) {
      return failed();
    }
    return flusher == null ? Future.succeededFuture() : flusher.flushed(out);
  }

  /**
   * Starts the next journal; {@code stateNow} must be the state as of exactly this point (the
   * caller holds the Gate's lock). Completes once the snapshot of it is kept.
   */
  Future<Void> rotate(StateImage stateNow) {
    if (broken != null) {
      return failed();
    }
    compacting = true;
    FileChannel retired = out;
    long next = segment + 1;
    try {
      open(next, 0);
    } catch (IOException e) {
      broken = e;
      compacting = false;
      return Future.failedFuture(e);
    }
    Promise<Void> kept = Promise.promise();
    kept.future().onComplete(done -> compacting = false);
    snapshots.write(next, stateNow, retired, kept);
    return kept.future();
  }

  /** Flushes and closes the journal; later appends fail. */
  Future<Void> stop() {
    Future<Void> flushed = barrier().recover(failure -> Future.succeededFuture());
    broken = broken != null ? broken : new IOException("the journal was closed");
    FileChannel last = out;
    return flushed.eventually(
        () -> {
          if (flusher != null) {
            flusher.stop();
          }
          try {
            last.force(false);
            last.close();
          } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot close the journal in " + directory.path(), e);
          }
          return Future.succeededFuture();
        });
  }

  private void write(byte[] record) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(record);
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
    segmentBytes += record.length;
  }

  private void open(long number, long wholeBytes) throws IOException {
    FileChannel opened =
        FileChannel.open(
            directory.journal(number), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    opened.truncate(wholeBytes); // cuts off a record a crash left cut short
    opened.position(wholeBytes);
    segment = number;
    out = opened;
    segmentBytes = wholeBytes;
    if (wholeBytes == 0) {
      write(codec.header());
      if (flusher != null) {
        flusher.created(); // the new file's name must be flushed before what is in it counts
      }
    }
  }

  private Future<Void> failed() {
    return Future.failedFuture(new IllegalStateException("the data directory failed", broken));
  }
}

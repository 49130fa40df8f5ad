package dev.momosim.simulator.storage.durable;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for {@code --durability fsync}: one thread flushes the journal ({@code fsync}) once
 * for every change written while the previous flush ran, and completes their Futures after it. A
 * journal file's name is flushed (the directory) before anything written into it counts.
 */
final class Flusher {
  private static final Logger LOG = Logger.getLogger(Flusher.class.getName());

  private record Waiter(FileChannel channel, Promise<Void> flushed) {}

  private static final Waiter STOP = new Waiter(null, null);

  private final DataDirectory directory;
  private final LinkedBlockingQueue<Waiter> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean directoryChanged;

  Flusher(DataDirectory directory) {
    this.directory = directory;
    this.thread = new Thread(this::run, "momo-sim-fsync");
    thread.setDaemon(true);
    thread.start();
  }

  /** Completes once {@code channel} was flushed after everything written to it so far. */
  Future<Void> flushed(FileChannel channel) {
    Promise<Void> promise = Promise.promise();
    queue.add(new Waiter(channel, promise));
    return promise.future();
  }

  /** A journal file was created: flush the directory before the next completion. */
  void created() {
    directoryChanged = true;
  }

  void stop() {
    queue.add(STOP);
  }

  private void run() {
    List<Waiter> batch = new ArrayList<>();
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      queue.drainTo(batch);
      boolean stopping = batch.remove(STOP);
      flush(batch);
      batch.clear();
      if (stopping) {
        return;
      }
    }
  }

  private void flush(List<Waiter> batch) {
    IOException failure = null;
    try {
      if (directoryChanged) {
        directoryChanged = false;
        directory.syncDirectory();
      }
      Set<FileChannel> channels = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Waiter waiter : batch) {
        if (channels.add(waiter.channel())) {
          force(waiter.channel());
        }
      }
    } catch (IOException e) {
      failure = e;
      LOG.log(Level.SEVERE, "cannot flush the journal in " + directory.path(), e);
    }
    for (Waiter waiter : batch) {
      if (failure == null) {
        waiter.flushed().tryComplete();
      } else {
        waiter.flushed().tryFail(new IllegalStateException("the data directory failed", failure));
      }
    }
  }

  /** A journal closed meanwhile was flushed by whoever closed it (a rotation), before closing. */
  private static void force(FileChannel channel) throws IOException {
    try {
      channel.force(false);
    } catch (ClosedChannelException e) {
      // flushed before it was closed
    }
  }
}

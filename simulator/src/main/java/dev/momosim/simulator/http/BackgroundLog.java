package dev.momosim.simulator.http;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes log lines on its own thread, so the event loop never waits for a terminal or a file. The
 * event loop only adds a line to a lock-free bounded queue, and never wakes the writer: the writer
 * looks every 50 ms and writes everything that arrived, so a busy server pays for no thread
 * hand-offs. When the writer cannot keep up, lines are dropped and counted (the count is logged).
 * Once closed, it writes each line it is handed at once, on the caller's thread: the writer is
 * gone, and a line about stopping must not be lost.
 */
public final class BackgroundLog implements AutoCloseable {
  private static final int CAPACITY = 8192;
  private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final String SOURCE = BackgroundLog.class.getName();

  private final Logger logger;
  private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicLong dropped = new AtomicLong();
  private final Thread writer;
  private volatile boolean open = true;

  public BackgroundLog(String loggerName) {
    this.logger = Logger.getLogger(loggerName);
    this.writer = new Thread(this::write, "momo-sim-log");
    writer.setDaemon(true);
    writer.start();
  }

  /** Whether INFO lines would be written at all, so callers can skip building them. */
  public boolean enabled() {
    return logger.isLoggable(Level.INFO);
  }

  /**
   * Hands a line to the writer without waiting and without waking it; once closed, writes it at
   * once.
   */
  public void info(String line) {
    if (!open) {
      log(line);
      return;
    }
    if (queued.incrementAndGet() > CAPACITY) {
      queued.decrementAndGet();
      dropped.incrementAndGet();
      return;
    }
    lines.add(line);
    if (!open) {
      drain(); // closed meanwhile: the writer's last drain may have run before the line was added
    }
  }

  private void write() {
    while (open) {
      LockSupport.parkNanos(INTERVAL_NANOS);
      drain();
    }
    drain();
  }

  private void drain() {
    long lost = dropped.getAndSet(0);
    if (lost > 0) {
      logger.logp(
          Level.WARNING, SOURCE, "write", lost + " log lines dropped: the log could not keep up");
    }
    String line;
    while ((line = lines.poll()) != null) {
      queued.decrementAndGet();
      log(line);
    }
  }

  private void log(String line) {
    // The source is given, so the logging framework does not walk the stack to find it.
    logger.logp(Level.INFO, SOURCE, "write", line);
  }

  @Override
  public void close() {
    open = false;
    LockSupport.unpark(writer);
  }

  /**
   * Closes, then waits at most {@code patience} until every line handed over is written. Blocks:
   * never call it on an event loop.
   */
  public void closeAndFlush(Duration patience) throws InterruptedException {
    close();
    writer.join(Math.max(1, patience.toMillis()));
  }
}

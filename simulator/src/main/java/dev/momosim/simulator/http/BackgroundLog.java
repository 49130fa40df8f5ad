package dev.momosim.simulator.http;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes log lines on its own thread, so the event loop never waits for a terminal or a file. The
 * event loop only offers a line to a bounded queue; when the writer cannot keep up, lines are dropped
 * and counted (and the count is logged), never queued without bound.
 */
public final class BackgroundLog implements AutoCloseable {
  private static final int CAPACITY = 8192;
  private static final String SOURCE = BackgroundLog.class.getName();

  private final Logger logger;
  private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(CAPACITY);
  private final AtomicLong dropped = new AtomicLong();
  private final Thread writer;

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

  /** Hands a line to the writer without waiting. */
  public void info(String line) {
    if (!lines.offer(line)) {
      dropped.incrementAndGet();
    }
  }

  private void write() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        String line = lines.take();
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
          logger.logp(Level.WARNING, SOURCE, "write",
              lost + " log lines dropped: the log could not keep up");
        }
        // The source is given, so the logging framework does not walk the stack to find it.
        logger.logp(Level.INFO, SOURCE, "write", line);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // closed
    }
  }

  @Override
  public void close() {
    writer.interrupt();
  }
}

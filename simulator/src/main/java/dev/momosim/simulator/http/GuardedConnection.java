package dev.momosim.simulator.http;

import dev.momosim.simulator.config.LimitSettings;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One HTTP/1.x connection under the {@link ConnectionGuard}: follows what it is doing (waiting for
 * a request, reading a head, reading a body, being answered) from two small Netty handlers, one in
 * front of the HTTP decoder (it sees the first byte of a head) and one behind it (it sees decoded
 * heads and body ends, and the answer's head and end going out), and closes it when the deadline of
 * what it is doing passes.
 *
 * <p>Every method runs on the connection's event loop, so the state needs no locks. The one timer
 * is re-armed lazily: moving the deadline later never reschedules it, so a busy keep-alive
 * connection costs about one timer per timeout period, not one per request.
 */
final class GuardedConnection {
  /** What the read side is doing. */
  private enum Reading {
    /** No request has begun since the connection opened or the last request was read. */
    NOTHING,
    /** Some bytes of a request head have arrived, not all of it. */
    HEAD,
    /** The head has arrived, the body has not ended. */
    BODY
  }

  private enum Deadline {
    HEADER,
    BODY,
    IDLE
  }

  /** {@link #idleSinceNanos} while the connection may not be closed to make room. */
  static final long BUSY = Long.MAX_VALUE;

  private static final String BODY_TIMEOUT_MESSAGE =
      "The request body did not arrive in time; the connection is closed.";

  /** Written below the HTTP encoder, so already encoded: Vert.x has no request to answer yet. */
  private static final byte[] TIMED_OUT_HEAD = timedOutHead();

  private final Channel channel;
  private final LimitSettings limits;
  private final AtomicBoolean counted = new AtomicBoolean(true);
  private Reading reading = Reading.NOTHING;
  private boolean servedOne;
  private long startedNanos;
  private int unanswered;
  private int draining;
  private HttpServerRequest answering;
  private boolean evictable = true;
  private volatile long idleSinceNanos = System.nanoTime();
  private Deadline deadline;
  private long deadlineNanos;
  private ScheduledFuture<?> timer;
  private long timerNanos;

  GuardedConnection(Channel channel, LimitSettings limits) {
    this.channel = channel;
    this.limits = limits;
  }

  /**
   * Puts the two handlers around the decoder and starts the header deadline of the first request.
   * False when the pipeline is not the HTTP/1.x one this class knows, which the caller then only
   * counts.
   */
  boolean install() {
    ChannelPipeline pipeline = channel.pipeline();
    if (pipeline.get("httpDecoder") == null || pipeline.get("handler") == null) {
      return false;
    }
    pipeline.addBefore("httpDecoder", "momoSimBytes", new FirstBytes());
    pipeline.addBefore("handler", "momoSimMessages", new Messages());
    startedNanos = System.nanoTime();
    if (limits.headerTimeoutMillis() > 0) {
      arm(Deadline.HEADER, startedNanos + limits.headerTimeout().toNanos());
    }
    return true;
  }

  Channel channel() {
    return channel;
  }

  /**
   * Since when (System.nanoTime()) it may be closed to make room: nothing is read to its end,
   * answered or written out on it. {@link #BUSY} while something is; read from any thread.
   */
  long idleSinceNanos() {
    return idleSinceNanos;
  }

  /** For a connection this class cannot follow (its handlers are not installed): never idle. */
  void neverIdle() {
    idleSinceNanos = BUSY;
  }

  /** Stops following it as HTTP: its handlers and deadlines go, and it is never idle. */
  void tunnel() {
    ChannelPipeline pipeline = channel.pipeline();
    if (pipeline.get("momoSimBytes") != null) {
      pipeline.remove("momoSimBytes");
    }
    if (pipeline.get("momoSimMessages") != null) {
      pipeline.remove("momoSimMessages");
    }
    closed();
    neverIdle();
  }

  /** Whether the guard still counts it (it was neither evicted nor forgotten). */
  boolean counted() {
    return counted.get();
  }

  /** Takes it out of the guard's count; false if someone already did. */
  boolean uncount() {
    return counted.compareAndSet(true, false);
  }

  /** Once the connection is closed: its timer goes, so nothing holds on to it. */
  void closed() {
    deadline = null;
    answering = null;
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }

  /** The request the application is answering on this connection, as Vert.x hands it over. */
  void answering(HttpServerRequest request) {
    answering = request;
  }

  /** Whether an event stream (server-sent events) is being written on this connection. */
  boolean streamingEvents() {
    if (answering == null || !answering.response().headWritten()) {
      return false;
    }
    String type = answering.response().headers().get(HttpHeaders.CONTENT_TYPE);
    return type != null && type.startsWith("text/event-stream");
  }

  /**
   * The end of a shutdown's grace period: a request still unanswered is answered 503 (true), one
   * whose answer has begun is cut (false); either way the connection closes. Empty when nothing is
   * running here.
   */
  Future<Boolean> stopNow() {
    if (unanswered == 0) {
      return Future.succeededFuture();
    }
    if (unanswered == 1 && answerable()) {
      UnreadableRequests.answer(
          answering,
          503,
          "SERVICE_UNAVAILABLE",
          "The simulator is shutting down; try again later.");
      return Future.succeededFuture(true);
    }
    channel.close();
    return Future.succeededFuture(false);
  }

  private boolean answerable() {
    return answering != null
        && !answering.response().headWritten()
        && !answering.response().ended()
        && !answering.response().closed();
  }

  private void firstBytes() {
    if (reading == Reading.NOTHING) {
      reading = Reading.HEAD;
      if (servedOne) {
        // keep-alive: the head's time starts with its first byte, not with the last answer
        startedNanos = System.nanoTime();
        disarm();
      }
    }
  }

  private void headRead() {
    reading = Reading.BODY;
    unanswered++;
    servedOne = true;
    startedNanos = System.nanoTime();
    disarm();
    updateEvictable();
  }

  private void bodyRead() {
    reading = Reading.NOTHING;
    disarm();
    settled();
  }

  /** After a read: the deadline of what is still being read, now that it did not all arrive. */
  private void readComplete() {
    if (deadline != null) {
      return;
    }
    if (reading == Reading.HEAD && limits.headerTimeoutMillis() > 0) {
      arm(Deadline.HEADER, startedNanos + limits.headerTimeout().toNanos());
    } else if (reading == Reading.BODY && limits.bodyTimeoutMillis() > 0) {
      arm(Deadline.BODY, startedNanos + limits.bodyTimeout().toNanos());
    }
  }

  private void answerEnded() {
    unanswered--;
    answering = null;
    settled();
  }

  /** The end of an answer was written out to the socket (or failed to be). */
  private void drained() {
    draining--;
    updateEvictable();
  }

  /**
   * After a request was read or answered, whichever came last: with nothing left to answer the
   * connection may make room for others once the answers are written out, and is idle unless the
   * next head has begun.
   */
  private void settled() {
    updateEvictable();
    if (unanswered == 0 && reading == Reading.NOTHING && limits.idleTimeoutSeconds() > 0) {
      arm(Deadline.IDLE, System.nanoTime() + limits.idleTimeout().toNanos());
    }
  }

  /**
   * It may make room for others when no request is being read to its end or answered and no answer
   * is still being written out (closing it then would cut what the client is reading).
   */
  private void updateEvictable() {
    boolean now = unanswered == 0 && reading != Reading.BODY && draining == 0;
    if (evictable != now) {
      evictable = now;
      idleSinceNanos = now ? System.nanoTime() : BUSY;
    }
  }

  private void arm(Deadline what, long atNanos) {
    deadline = what;
    deadlineNanos = atNanos;
    if (timer == null || atNanos < timerNanos) {
      if (timer != null) {
        timer.cancel(false);
      }
      schedule(atNanos);
    }
  }

  private void disarm() {
    // the timer stays: when it fires it finds no deadline, which is cheaper than cancelling it
    deadline = null;
  }

  private void schedule(long atNanos) {
    timerNanos = atNanos;
    timer =
        channel
            .eventLoop()
            .schedule(this::timerFired, atNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
  }

  private void timerFired() {
    timer = null;
    if (deadline == null || !channel.isOpen()) {
      return;
    }
    if (deadlineNanos - System.nanoTime() > 0) {
      schedule(deadlineNanos);
      return;
    }
    switch (deadline) {
      case HEADER -> headerTimedOut();
      case BODY -> bodyTimedOut();
      case IDLE -> channel.close();
    }
  }

  private void headerTimedOut() {
    if (reading == Reading.HEAD && unanswered == 0) {
      // part of a request arrived: say why it is refused; a silent connection just closes
      channel
          .pipeline()
          .context("momoSimBytes")
          .writeAndFlush(Unpooled.wrappedBuffer(TIMED_OUT_HEAD))
          .addListener(ChannelFutureListener.CLOSE);
    } else {
      channel.close();
    }
  }

  private void bodyTimedOut() {
    if (unanswered == 1 && answerable()) {
      UnreadableRequests.answer(answering, 408, "REQUEST_TIMEOUT", BODY_TIMEOUT_MESSAGE);
    } else {
      channel.close();
    }
  }

  private static byte[] timedOutHead() {
    byte[] body =
        FailureHandler.momoBody(
                "REQUEST_TIMEOUT",
                "The request head did not arrive in time; the connection is closed.")
            .encode()
            .getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 408 Request Timeout\r\n"
            + HttpHeaders.CONTENT_TYPE
            + ": "
            + Responses.JSON
            + "\r\n"
            + "content-length: "
            + body.length
            + "\r\nconnection: close\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** In front of the decoder: any bytes mean a request head has begun. */
  private final class FirstBytes extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      firstBytes();
      ctx.fireChannelRead(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
      readComplete();
      ctx.fireChannelReadComplete();
    }
  }

  /** Behind the decoder: decoded heads and body ends coming in, answers going out. */
  private final class Messages extends ChannelDuplexHandler {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      boolean head = msg instanceof HttpRequest;
      boolean last = msg instanceof LastHttpContent;
      if (head) {
        headRead();
      }
      if (last) {
        bodyRead();
      }
      ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
      boolean informational =
          msg instanceof HttpResponse response
              && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
      if (!informational && msg instanceof LastHttpContent && unanswered > 0) {
        // Answered as far as the application goes (the deadlines follow that), but not evictable
        // until the end of the answer has left for the socket.
        draining++;
        promise = promise.unvoid();
        promise.addListener(written -> drained());
        answerEnded();
      }
      ctx.write(msg, promise);
    }
  }
}

package dev.momosim.simulator.control;

import io.netty.channel.ChannelOption;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * {@code GET /_sim/events}: server-sent events, one per state change (docs/events.md), and the
 * {@link EventHub}'s keep-alive comment every 15 s. Each listener has a bounded buffer ({@code
 * events.subscriberBufferBytes}, the connection's write queue); one that falls further behind is
 * dropped by the {@link EventHub}: it gets a {@code resync} event if it still reads, and its
 * connection is closed once that is sent or after {@link #DROP_GRACE_MILLIS}. Beyond {@code
 * events.maxSubscribers} listeners, a new one is refused with 503.
 */
final class EventStreamHandler implements Handler<RoutingContext> {
  /** The send buffer the operating system keeps per listener (Linux doubles it for bookkeeping). */
  private static final int KERNEL_SEND_BUFFER_BYTES = 64 * 1024;

  /** How long a dropped listener has to read what was queued for it and its resync event. */
  static final long DROP_GRACE_MILLIS = 10_000;

  private final EventHub hub;

  EventStreamHandler(EventHub hub) {
    this.hub = hub;
  }

  @Override
  public void handle(RoutingContext ctx) {
    Stream stream =
        new Stream(
            ctx.vertx(),
            ctx.vertx().getOrCreateContext(),
            ctx.response(),
            ctx.request().connection());
    Optional<Runnable> unsubscribe = hub.subscribe(stream);
    if (unsubscribe.isEmpty()) {
      int cap = hub.settings().maxSubscribers();
      ctx.fail(
          new ControlException(
              503,
              "SERVICE_UNAVAILABLE",
              "The event stream already has "
                  + cap
                  + " listeners, its limit (events.maxSubscribers): close one, or raise the"
                  + " limit."));
      return;
    }
    // Nothing is written to this stream before the head: the hub's writes run on this event loop,
    // in later tasks.
    stream.open(hub.settings().subscriberBufferBytes(), unsubscribe.get());
  }

  /**
   * One listener's response, written on its own event loop (the connection's): the hub runs on the
   * simulator's context, and with several event loops ({@code eventLoops}) that is often another
   * one, so its writes and closes hop over, in the order the hub made them.
   */
  private static final class Stream implements EventHub.Listener {
    private final Vertx vertx;
    private final Context own;
    private final HttpServerResponse response;
    private final HttpConnection connection;

    Stream(Vertx vertx, Context own, HttpServerResponse response, HttpConnection connection) {
      this.vertx = vertx;
      this.own = own;
      this.response = response;
      this.connection = connection;
    }

    private void onOwnLoop(Runnable action) {
      if (Vertx.currentContext() == own) {
        action.run();
      } else {
        own.runOnContext(ignored -> action.run());
      }
    }

    void open(int bufferBytes, Runnable unsubscribe) {
      capKernelSendBuffer();
      response
          .setChunked(true)
          .setWriteQueueMaxSize(bufferBytes)
          .putHeader("Content-Type", "text/event-stream;charset=utf-8")
          .putHeader("Cache-Control", "no-cache")
          .putHeader("X-Accel-Buffering", "no");
      response.write(": momo-sim events\n\n");
      response.closeHandler(closed -> unsubscribe.run());
    }

    @Override
    public boolean behind() {
      return response.writeQueueFull();
    }

    @Override
    public void write(Buffer events) {
      onOwnLoop(
          () -> {
            if (!response.ended()) {
              response.write(events);
            }
          });
    }

    @Override
    public void close(Buffer last, Runnable closed) {
      onOwnLoop(() -> closeOnOwnLoop(last, closed));
    }

    private void closeOnOwnLoop(Buffer last, Runnable closed) {
      whenClosed(closed);
      if (response.ended()) {
        connection.close();
        return;
      }
      // The resync waits behind what is queued: sent if the listener reads again soon, else
      // dropped with the connection when the grace ends.
      long grace = vertx.setTimer(DROP_GRACE_MILLIS, id -> closeNow());
      response
          .end(last)
          .onComplete(
              sent -> {
                vertx.cancelTimer(grace);
                connection.close();
              });
    }

    /**
     * Caps the operating system's send buffer of this connection, which Linux otherwise grows to
     * megabytes for a listener that does not read: the simulator's own bound (the write queue) then
     * decides when a listener is behind, after kilobytes rather than megabytes of events.
     */
    private void capKernelSendBuffer() {
      if (connection instanceof ConnectionBase base) {
        base.channelHandlerContext()
            .channel()
            .config()
            .setOption(ChannelOption.SO_SNDBUF, KERNEL_SEND_BUFFER_BYTES);
      }
    }

    /** Runs {@code closed} when the connection is, leaving its close handler to others. */
    private void whenClosed(Runnable closed) {
      if (connection instanceof ConnectionBase base) {
        base.closeFuture().onComplete(done -> closed.run());
      } else {
        connection.closeHandler(done -> closed.run());
      }
    }

    /**
     * Closes the connection without waiting for what is queued: {@link HttpConnection#close()}
     * would first flush it, and a listener that does not read never lets that happen.
     */
    private void closeNow() {
      if (connection instanceof ConnectionBase base) {
        base.channelHandlerContext().close();
      } else {
        connection.close();
      }
    }
  }
}

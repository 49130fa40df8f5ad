package dev.momosim.simulator.acceptance;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import java.nio.charset.StandardCharsets;

/**
 * A plain TCP connection to the simulator that a test holds open, writes to at its own pace and
 * watches: what came back, and whether (and when, relative to what it wrote) the server closed it.
 * Its handlers run on a Vert.x event loop; the accessors are safe from the JUnit thread.
 */
final class OpenSocket {
  // held: Vert.x closes a client, and its connections, once nothing refers to it any more
  private final NetClient client;
  private final NetSocket socket;
  private final Buffer received = Buffer.buffer();
  private final Promise<Void> closed = Promise.promise();
  private int written;
  private int writtenWhenClosed = -1;

  private OpenSocket(NetClient client, NetSocket socket) {
    this.client = client;
    this.socket = socket;
    socket.handler(
        data -> {
          synchronized (this) {
            received.appendBuffer(data);
          }
        });
    socket.closeHandler(
        v -> {
          synchronized (this) {
            writtenWhenClosed = written;
          }
          closed.tryComplete();
        });
    socket.exceptionHandler(failure -> {});
  }

  static OpenSocket open(Vertx vertx, int port) {
    NetClient client = vertx.createNetClient();
    return SandboxSession.await(
        client.connect(port, "127.0.0.1").map(socket -> new OpenSocket(client, socket)));
  }

  /** Writes text unless the server has closed the connection; counts what was written. */
  synchronized void write(String text) {
    if (writtenWhenClosed < 0) {
      written += text.length();
      socket.write(Buffer.buffer(text, "ISO-8859-1"));
    }
  }

  synchronized String received() {
    return received.toString(StandardCharsets.ISO_8859_1);
  }

  /** How many characters were written so far. */
  synchronized int written() {
    return written;
  }

  /** The first answer received, with a {@code Content-Length} body; fails if there is none. */
  Reply firstAnswer() {
    String raw = received();
    int headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      throw new AssertionError("no complete HTTP answer received: " + raw);
    }
    String[] lines = raw.substring(0, headEnd).split("\r\n");
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.get("Content-Length"));
    String body = raw.substring(headEnd + 4, Math.min(raw.length(), headEnd + 4 + length));
    return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
  }

  boolean isClosed() {
    return closed.future().isComplete();
  }

  /** How many characters had been written when the server closed the connection; -1 while open. */
  synchronized int writtenWhenClosed() {
    return writtenWhenClosed;
  }

  Future<Void> closed() {
    return closed.future();
  }

  /** Closes it from this side. */
  void close() {
    client.close();
  }
}

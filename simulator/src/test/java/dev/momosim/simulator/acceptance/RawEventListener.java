package dev.momosim.simulator.acceptance;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code GET /_sim/events} listener on a plain socket: it reads nothing until {@link
 * #startReading()} (so a small receive buffer fills at once, like a stuck client's), then reads the
 * answer on its own thread: the head, and the body (chunked or not), decoded as it comes.
 */
final class RawEventListener implements AutoCloseable {
  /** One server-sent event: its {@code event}, {@code id} (or -1) and {@code data} fields. */
  record Event(String type, long id, String data) {}

  private final Socket socket;
  private final StringBuffer head = new StringBuffer();
  private final StringBuffer body = new StringBuffer();
  private volatile boolean ended;
  private volatile boolean closed;
  private Thread reader;

  private RawEventListener(Socket socket) {
    this.socket = socket;
  }

  /**
   * Connects with this receive buffer (0: the system's) and sends the request; reads nothing yet.
   */
  static RawEventListener connect(int port, int receiveBufferBytes) {
    return connect(port, receiveBufferBytes, "/_sim/events");
  }

  private static RawEventListener connect(int port, int receiveBufferBytes, String path) {
    try {
      Socket socket = new Socket();
      if (receiveBufferBytes > 0) {
        socket.setReceiveBufferSize(receiveBufferBytes);
      }
      socket.connect(new InetSocketAddress("127.0.0.1", port));
      socket
          .getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new RawEventListener(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A listener that reads from the start. */
  static RawEventListener reading(int port) {
    RawEventListener listener = connect(port, 0);
    listener.startReading();
    return listener;
  }

  /** A listener of one tenant's events (docs/tenants.md) that reads from the start. */
  static RawEventListener readingTenant(int port, String tenant) {
    RawEventListener listener = connect(port, 0, "/_sim/events?tenant=" + tenant);
    listener.startReading();
    return listener;
  }

  synchronized void startReading() {
    if (reader == null) {
      reader = new Thread(this::read, "raw-event-listener");
      reader.setDaemon(true);
      reader.start();
    }
  }

  /** The status line and headers read so far. */
  String head() {
    return head.toString();
  }

  /** The status code, or 0 before the head is read. */
  int status() {
    String text = head.toString();
    return text.startsWith("HTTP/1.1 ") && text.length() >= 12
        ? Integer.parseInt(text.substring(9, 12))
        : 0;
  }

  /** The body decoded so far. */
  String body() {
    return body.toString();
  }

  /** Whether the body ended (its last chunk, its length, or the server closed). */
  boolean ended() {
    return ended;
  }

  /** Whether the server closed the connection (after the body, if it ended). */
  boolean closed() {
    return closed;
  }

  /** The complete events received so far, in order. */
  List<Event> events() {
    List<Event> events = new ArrayList<>();
    String text = body.toString();
    int end = text.lastIndexOf("\n\n");
    if (end < 0) {
      return events;
    }
    for (String block : text.substring(0, end).split("\n\n")) {
      String type = null;
      long id = -1;
      StringBuilder data = new StringBuilder();
      for (String line : block.split("\n")) {
        if (line.startsWith("event: ")) {
          type = line.substring(7);
        } else if (line.startsWith("id: ")) {
          id = Long.parseLong(line.substring(4));
        } else if (line.startsWith("data: ")) {
          data.append(line.substring(6));
        }
      }
      if (type != null) {
        events.add(new Event(type, id, data.toString()));
      }
    }
    return events;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  private void read() {
    try {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String line;
      while ((line = line(in)) != null && !line.isEmpty()) {
        head.append(line).append('\n');
      }
      String headers = head.toString().toLowerCase(Locale.ROOT);
      if (headers.contains("transfer-encoding: chunked")) {
        readChunks(in);
      } else {
        int at = headers.indexOf("content-length: ");
        int length =
            at < 0
                ? 0
                : Integer.parseInt(headers.substring(at + 16, headers.indexOf('\n', at)).strip());
        body.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
      }
      ended = true;
      while (in.read() >= 0) {
        // nothing may follow the body; wait for the close
      }
    } catch (IOException e) {
      // closed: the body ends here
    } finally {
      ended = true;
      closed = true;
    }
  }

  private void readChunks(InputStream in) throws IOException {
    String size;
    while ((size = line(in)) != null) {
      int length = Integer.parseInt(size.strip(), 16);
      if (length == 0) {
        return;
      }
      byte[] chunk = in.readNBytes(length);
      body.append(new String(chunk, StandardCharsets.UTF_8));
      if (chunk.length < length || line(in) == null) {
        return;
      }
    }
  }

  /** One CRLF-ended line without its end, or null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      bytes.write(b);
    }
    return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.UTF_8);
  }
}

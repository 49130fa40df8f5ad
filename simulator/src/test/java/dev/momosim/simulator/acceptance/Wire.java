package dev.momosim.simulator.acceptance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One HTTP/1.1 request written by hand to 127.0.0.1, so a test controls every header a browser or
 * an attacker's page would send ({@code Host}, {@code Origin}, {@code Sec-Fetch-Site}, {@code
 * Cookie}, any content type). Blocking, on the test thread, with {@link SandboxSession#DEADLINE} as
 * the read timeout.
 */
final class Wire {
  private final int port;
  private final String method;
  private final String target;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private String body;

  private Wire(int port, String method, String target) {
    this.port = port;
    this.method = method;
    this.target = target;
    headers.put("Host", "127.0.0.1:" + port);
  }

  static Wire request(int port, String method, String target) {
    return new Wire(port, method, target);
  }

  /** Sets a header, replacing one of the same name; null removes it. */
  Wire header(String name, String value) {
    headers
        .keySet()
        .removeIf(k -> k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    if (value != null) {
      headers.put(name, value);
    }
    return this;
  }

  Wire bearer(String token) {
    return header("Authorization", "Bearer " + token);
  }

  Wire json(String json) {
    header("Content-Type", "application/json");
    return body(json);
  }

  Wire body(String text) {
    this.body = text;
    return this;
  }

  /** Sends with {@code Connection: close} and reads the whole answer. */
  Reply send() {
    try (Socket socket = open()) {
      write(socket, "close");
      return RawHttp.parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends and reads a streamed answer (the event stream) until its text so far satisfies {@code
   * enough}; the connection is then closed. Fails when the deadline passes first.
   */
  String stream(Predicate<String> enough, Runnable whileOpen) {
    try (Socket socket = open()) {
      write(socket, "keep-alive");
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream seen = new ByteArrayOutputStream();
      byte[] chunk = new byte[4096];
      boolean started = false;
      while (true) {
        String text = seen.toString(StandardCharsets.UTF_8);
        if (!started && text.contains("momo-sim events")) {
          started = true;
          whileOpen.run();
        }
        if (started && enough.test(text)) {
          return text;
        }
        int read;
        try {
          read = in.read(chunk);
        } catch (SocketTimeoutException e) {
          throw new AssertionError("the stream did not deliver in time; it sent: " + text, e);
        }
        if (read < 0) {
          return text;
        }
        seen.write(chunk, 0, read);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Socket open() throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout((int) SandboxSession.DEADLINE.toMillis());
    return socket;
  }

  private void write(Socket socket, String connection) throws IOException {
    StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      head.append("Content-Length: ").append(payload.length).append("\r\n");
    }
    head.append("Connection: ").append(connection).append("\r\n\r\n");
    socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().write(payload);
    socket.getOutputStream().flush();
  }

  private static String readAll(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}

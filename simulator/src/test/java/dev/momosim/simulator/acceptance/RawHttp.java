package dev.momosim.simulator.acceptance;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends hand-written HTTP/1.1 bytes over a plain socket and reads until the server closes, for
 * request shapes a web client will not produce (an absolute-form request line).
 */
final class RawHttp {
  private RawHttp() {}

  static Reply exchange(Vertx vertx, int port, String request) {
    NetClient client = vertx.createNetClient();
    try {
      Future<Buffer> received =
          client
              .connect(port, "127.0.0.1")
              .compose(
                  socket -> {
                    Promise<Buffer> done = Promise.promise();
                    Buffer all = Buffer.buffer();
                    socket.handler(all::appendBuffer);
                    socket.closeHandler(v -> done.tryComplete(all));
                    socket.exceptionHandler(done::tryFail);
                    socket.write(Buffer.buffer(request, "UTF-8"));
                    return done.future();
                  });
      return parse(SandboxSession.await(received).toString(StandardCharsets.UTF_8));
    } finally {
      SandboxSession.await(client.close());
    }
  }

  static Reply parse(String raw) {
    int headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      throw new AssertionError("no complete HTTP response: " + raw);
    }
    String[] lines = raw.substring(0, headEnd).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
    }
    String body = raw.substring(headEnd + 4);
    String encoding = headers.get("Transfer-Encoding");
    if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = dechunk(body);
    }
    return new Reply(status, headers, body);
  }

  private static String dechunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        return out.toString();
      }
      out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
}

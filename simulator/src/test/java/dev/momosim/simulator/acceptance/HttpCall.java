package dev.momosim.simulator.acceptance;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request to the simulator, built fresh for every call (never reused). Headers are exactly the
 * ones put here: no Accept header unless a test adds one. A POST or PUT without a body carries
 * {@code Content-Length: 0}, as real MoMo clients send it.
 */
final class HttpCall {
  private final WebClient client;
  private final int port;
  private final HttpMethod method;
  private final String path;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private Buffer body;

  HttpCall(WebClient client, int port, HttpMethod method, String path) {
    this.client = client;
    this.port = port;
    this.method = method;
    this.path = path;
  }

  HttpCall header(String name, String value) {
    without(name);
    if (value != null) {
      headers.put(name, value);
    }
    return this;
  }

  HttpCall without(String name) {
    headers
        .keySet()
        .removeIf(k -> k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    return this;
  }

  HttpCall body(String text) {
    this.body = text == null ? null : Buffer.buffer(text);
    return this;
  }

  HttpCall json(JsonObject json) {
    header("Content-Type", "application/json");
    return body(json.encode());
  }

  HttpCall jsonText(String text) {
    header("Content-Type", "application/json");
    return body(text);
  }

  Future<Reply> sendAsync() {
    HttpRequest<Buffer> request = client.request(method, port, "127.0.0.1", path);
    headers.forEach(request::putHeader);
    Future<HttpResponse<Buffer>> sent;
    if (body != null) {
      sent = request.sendBuffer(body);
    } else {
      if ((method == HttpMethod.POST || method == HttpMethod.PUT)
          && !request.headers().contains("Content-Length")) {
        request.putHeader("Content-Length", "0");
      }
      sent = request.send();
    }
    return sent.map(r -> new Reply(r.statusCode(), r.headers(), r.bodyAsString()));
  }

  /** Sends and waits on the calling (JUnit) thread. */
  Reply send() {
    return SandboxSession.await(sendAsync());
  }
}

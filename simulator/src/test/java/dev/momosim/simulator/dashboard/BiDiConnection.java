package dev.momosim.simulator.dashboard;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A WebDriver BiDi session over the JDK's WebSocket client (https://w3c.github.io/webdriver-bidi/):
 * commands out, the matching results back, events ignored. Firefox speaks it natively, so no
 * geckodriver is needed. Commands block the calling test thread, never a Vert.x thread.
 */
final class BiDiConnection implements AutoCloseable {
  private final Map<Long, CompletableFuture<JsonObject>> waiting = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final WebSocket socket;

  private BiDiConnection(URI address) {
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(address, new Listener())
            .orTimeout(Browser.WAIT.toSeconds(), TimeUnit.SECONDS)
            .join();
  }

  /** Connects to a browser's BiDi endpoint, e.g. {@code ws://127.0.0.1:PORT/session}. */
  static BiDiConnection connect(URI address) {
    return new BiDiConnection(address);
  }

  /**
   * Sends a command and returns its {@code result}; a BiDi error becomes a {@link BiDiException}.
   */
  JsonObject send(String method, JsonObject params) {
    long id = ids.incrementAndGet();
    CompletableFuture<JsonObject> answer = new CompletableFuture<>();
    waiting.put(id, answer);
    try {
      socket
          .sendText(
              new JsonObject().put("id", id).put("method", method).put("params", params).encode(),
              true)
          .get(Browser.WAIT.toSeconds(), TimeUnit.SECONDS);
      JsonObject message = answer.get(Browser.WAIT.toSeconds(), TimeUnit.SECONDS);
      if ("error".equals(message.getString("type"))) {
        throw new BiDiException(
            method
                + " failed: "
                + message.getString("error")
                + ": "
                + message.getString("message"));
      }
      return message.getJsonObject("result");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BiDiException(method + " interrupted", e);
    } catch (ExecutionException e) {
      throw new BiDiException(
          method + " failed: the connection to the browser broke", e.getCause());
    } catch (TimeoutException e) {
      throw new BiDiException(
          method + " got no answer within " + Browser.WAIT.toSeconds() + " s", e);
    } finally {
      waiting.remove(id);
    }
  }

  @Override
  public void close() {
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        JsonObject json = new JsonObject(message.toString());
        message.setLength(0);
        Long id = json.getLong("id");
        CompletableFuture<JsonObject> answer = id == null ? null : waiting.get(id);
        if (answer != null) {
          answer.complete(json);
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      failAll(
          new BiDiException(
              "the browser closed the connection (" + statusCode + " " + reason + ")"));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      failAll(error);
    }

    private void failAll(Throwable error) {
      waiting.values().forEach(answer -> answer.completeExceptionally(error));
    }
  }

  /** A BiDi command failed, or the browser went away. */
  static final class BiDiException extends RuntimeException {
    BiDiException(String message) {
      super(message);
    }

    BiDiException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

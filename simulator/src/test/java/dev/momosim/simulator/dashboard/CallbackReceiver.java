package dev.momosim.simulator.dashboard;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A merchant's callback endpoint on a free port: records each body and answers 200. */
final class CallbackReceiver implements AutoCloseable {
  private final List<JsonObject> received = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  CallbackReceiver(Vertx vertx) {
    server =
        Sandbox.await(
            vertx
                .createHttpServer()
                .requestHandler(
                    request ->
                        request
                            .body()
                            .onSuccess(
                                body -> {
                                  received.add(
                                      body.length() == 0 ? new JsonObject() : body.toJsonObject());
                                  request.response().setStatusCode(200).end();
                                }))
                .listen(0, "127.0.0.1"));
  }

  /** On host "localhost": the preset API users' providerCallbackHost. */
  String url() {
    return "http://localhost:" + server.actualPort() + "/cb";
  }

  List<JsonObject> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    Sandbox.await(server.close());
  }
}

package dev.momosim.cli;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim receive-callbacks}: a callback receiver for demos and local testing. Answers 200
 * to every request and prints one line per callback: method, path and body. Runs until Ctrl-C.
 */
@Command(
    name = "receive-callbacks",
    mixinStandardHelpOptions = true,
    description = "Listen for MoMo callbacks and print each one (method, path, body).")
public final class ReceiveCallbacksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "9000",
      description = "Port to listen on; 0 picks one. Default: 9000.")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on. Default: 127.0.0.1.")
  String host;

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Vertx vertx = Vertx.vertx();
    HttpServer server;
    try {
      server =
          vertx
              .createHttpServer()
              .requestHandler(
                  request ->
                      request
                          .body()
                          .onComplete(
                              body -> {
                                // One server on one event loop: lines are printed one at a time.
                                out.println(
                                    request.method()
                                        + " "
                                        + request.uri()
                                        + " "
                                        + (body.succeeded()
                                            ? body.result().toString()
                                            : "<unreadable body>"));
                                out.flush();
                                request.response().setStatusCode(200).end();
                              }))
              .listen(port, host)
              .toCompletionStage()
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      vertx.close();
      spec.commandLine()
          .getErr()
          .println(
              "momo-sim: cannot listen on " + host + ":" + port + ": " + e.getCause().getMessage());
      return ExitCodes.SOFTWARE;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  vertx.close();
                  stopped.countDown();
                },
                "momo-sim-receiver-shutdown"));
    spec.commandLine()
        .getErr()
        .println(
            "momo-sim receiving callbacks on http://"
                + host
                + ":"
                + server.actualPort()
                + "/ (Ctrl-C to stop)");
    spec.commandLine().getErr().flush();
    stopped.await();
    return ExitCodes.OK;
  }
}

package dev.momosim.cli;

import io.vertx.core.http.HttpServerRequest;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
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

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535, was " + port);
    }
    PrintWriter out = spec.commandLine().getOut();
    return new CommandRunner(spec)
        .untilStopped(
            "cannot listen on " + host + ":" + port,
            Duration.ofSeconds(10),
            vertx ->
                vertx
                    .createHttpServer()
                    .requestHandler(request -> printAndAnswer(out, request))
                    .listen(port, host),
            server ->
                spec.commandLine()
                    .getErr()
                    .println(
                        "momo-sim receiving callbacks on http://"
                            + host
                            + ":"
                            + server.actualPort()
                            + "/ (Ctrl-C to stop)"));
  }

  /** One server on one event loop: lines are printed one at a time. */
  private static void printAndAnswer(PrintWriter out, HttpServerRequest request) {
    request
        .body()
        .onComplete(
            body -> {
              out.println(
                  request.method()
                      + " "
                      + request.uri()
                      + " "
                      + (body.succeeded() ? body.result().toString() : "<unreadable body>"));
              out.flush();
              request.response().setStatusCode(200).end();
            });
  }
}

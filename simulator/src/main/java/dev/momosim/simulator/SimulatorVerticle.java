package dev.momosim.simulator;

import dev.momosim.simulator.http.ApiRouter;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.List;

/** The one verticle: an HTTP server for the MoMo API and the control API, on one event loop. */
final class SimulatorVerticle extends VerticleBase {
  private final Simulation simulation;
  private HttpServer server;
  private ClockDriver clockDriver;
  private LocalSimulatorControl control;

  SimulatorVerticle(Simulation simulation) {
    this.simulation = simulation;
  }

  @Override
  public Future<?> start() {
    clockDriver = new ClockDriver(vertx, context, simulation);
    control = new LocalSimulatorControl(context, simulation, clockDriver);
    var router = ApiRouter.create(vertx, simulation, List.of(), List.of());
    SimulatorConfig config = simulation.config();
    server = vertx.createHttpServer(new HttpServerOptions()
        .setHost(config.host())
        .setPort(config.port())
        .setCompressionSupported(false))
        .requestHandler(router);
    return server.listen();
  }

  @Override
  public Future<?> stop() {
    clockDriver.stop();
    return server == null ? Future.succeededFuture() : server.close();
  }

  int actualPort() {
    return server.actualPort();
  }

  LocalSimulatorControl control() {
    return control;
  }
}

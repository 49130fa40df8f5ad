package dev.momosim.simulator.http;

import dev.momosim.simulator.Payments;
import dev.momosim.simulator.Simulation;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import io.vertx.ext.web.RoutingContext;

/** The creating POST (202, empty) and the status GET of one operation of one product. */
final class PaymentHandlers {
  private final Simulation simulation;
  private final Product product;
  private final Operation operation;
  private final TransactionJson json;

  PaymentHandlers(
      Simulation simulation, Product product, Operation operation, TransactionJson json) {
    this.simulation = simulation;
    this.product = product;
    this.operation = operation;
    this.json = json;
  }

  void create(RoutingContext ctx) {
    String referenceId = ReferenceIds.fromHeader(ctx.request().getHeader("X-Reference-Id"));
    ApiUser user = ctx.get(ContextKeys.API_USER);
    PaymentRequest request =
        PaymentRequestParser.parse(
            product,
            operation,
            referenceId,
            user.id(),
            ctx.request().getHeader("X-Callback-Url"),
            JsonBodies.object(ctx));
    Payments.Accepted accepted = simulation.payments().accept(request, user);
    long delayMillis = accepted.responseDelay().toMillis();
    if (delayMillis > 0) {
      ctx.vertx().setTimer(delayMillis, id -> Responses.empty(ctx, 202));
    } else {
      Responses.empty(ctx, 202);
    }
  }

  void status(RoutingContext ctx) {
    String referenceId = ReferenceIds.fromPath(ctx.pathParam("referenceId"));
    Responses.json(
        ctx, 200, json.text(simulation.payments().status(product, operation, referenceId)));
  }
}

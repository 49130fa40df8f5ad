package dev.momosim.simulator.http;

import dev.momosim.simulator.app.Payments;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.ApiVersion;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;

/** The creating POSTs (202, empty) and the status GET of one operation of one product. */
final class PaymentHandlers {
  private final Function<RoutingContext, Payments> payments;
  private final Product product;
  private final Operation operation;
  private final TransactionJson json;
  private final PaymentRequestParser parser;

  PaymentHandlers(
      Function<RoutingContext, Payments> payments,
      Product product,
      Operation operation,
      TransactionJson json,
      PaymentRequestParser parser) {
    this.payments = payments;
    this.product = product;
    this.operation = operation;
    this.json = json;
    this.parser = parser;
  }

  /**
   * The creating POST of this version of the operation; its {@code X-Momo-Sim-Scenario} header, if
   * any, forces its outcome.
   */
  Handler<RoutingContext> create(ApiVersion version, ScenarioHeader scenario) {
    return ctx -> create(ctx, version, scenario);
  }

  private void create(RoutingContext ctx, ApiVersion version, ScenarioHeader scenario) {
    String referenceId = ReferenceIds.fromHeader(ctx.request().getHeader("X-Reference-Id"));
    ApiUser user = ctx.get(ContextKeys.API_USER);
    PaymentRequest request =
        parser.parse(
            product,
            operation,
            version,
            referenceId,
            user.id(),
            ctx.request().getHeader("X-Callback-Url"),
            JsonBodies.object(ctx));
    payments
        .apply(ctx)
        .accept(request, user, scenario.read(ctx.request()))
        .onSuccess(
            accepted -> {
              long delayMillis = accepted.responseDelay().toMillis();
              if (delayMillis > 0) {
                ctx.vertx().setTimer(delayMillis, id -> Responses.empty(ctx, 202));
              } else {
                Responses.empty(ctx, 202);
              }
            })
        .onFailure(ctx::fail);
  }

  void status(RoutingContext ctx) {
    String referenceId = ReferenceIds.fromPath(ctx.pathParam("referenceId"));
    payments
        .apply(ctx)
        .status(product, operation, referenceId)
        .onSuccess(transaction -> Responses.json(ctx, 200, json.text(transaction)))
        .onFailure(ctx::fail);
  }
}

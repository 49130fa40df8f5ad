package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.ApiVersion;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.util.List;

/**
 * One product's API (§5-§7): token, its creating operations and their status, balance, account
 * holders.
 */
final class ProductRoutes {
  /**
   * A creating operation as MTN publishes it for a product: the versions its POST exists in, and
   * the one version its status GET exists in.
   */
  private record Published(Operation operation, List<ApiVersion> creating, ApiVersion status) {}

  private static final List<Published> COLLECTION =
      List.of(
          new Published(Operation.REQUEST_TO_PAY, List.of(ApiVersion.V1_0), ApiVersion.V1_0),
          new Published(
              Operation.REQUEST_TO_WITHDRAW,
              List.of(ApiVersion.V1_0, ApiVersion.V2_0),
              ApiVersion.V1_0),
          new Published(Operation.PAYMENT, List.of(ApiVersion.V2_0), ApiVersion.V2_0),
          new Published(Operation.INVOICE, List.of(ApiVersion.V2_0), ApiVersion.V2_0),
          new Published(Operation.PRE_APPROVAL, List.of(ApiVersion.V2_0), ApiVersion.V2_0));

  private static final List<Published> DISBURSEMENT =
      List.of(
          new Published(Operation.TRANSFER, List.of(ApiVersion.V1_0), ApiVersion.V1_0),
          new Published(
              Operation.DEPOSIT, List.of(ApiVersion.V1_0, ApiVersion.V2_0), ApiVersion.V1_0),
          new Published(
              Operation.REFUND, List.of(ApiVersion.V1_0, ApiVersion.V2_0), ApiVersion.V1_0));

  private static final List<Published> REMITTANCE =
      List.of(
          new Published(Operation.TRANSFER, List.of(ApiVersion.V1_0), ApiVersion.V1_0),
          new Published(Operation.CASH_TRANSFER, List.of(ApiVersion.V2_0), ApiVersion.V2_0));

  private final ApiServices services;
  private final Product product;
  private final TransactionJson json;
  private final PaymentRequestParser parser;
  private final ScenarioHeader scenario;

  ProductRoutes(ApiServices services, Product product, TransactionJson json) {
    this.services = services;
    this.product = product;
    this.json = json;
    this.parser = new PaymentRequestParser(services.emptyPartyStatus());
    this.scenario = new ScenarioHeader(services.scenarios());
  }

  Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    router.route().handler(new SubscriptionKeyCheck(services.access(), product));
    router.post("/token/").handler(new TokenHandler(services.access(), product));
    BearerTokenCheck bearer = new BearerTokenCheck(services.access(), product);
    router.route("/v1_0/*").handler(bearer);
    router.route("/v2_0/*").handler(bearer);
    for (Published published : published(product)) {
      PaymentHandlers handlers =
          new PaymentHandlers(
              ctx -> services.tenant(ctx).payments(), product, published.operation(), json, parser);
      String name = published.operation().pathName();
      for (ApiVersion version : published.creating()) {
        router
            .post("/" + version.pathSegment() + "/" + name)
            .handler(handlers.create(version, scenario));
      }
      router
          .get("/" + published.status().pathSegment() + "/" + name + "/:referenceId")
          .handler(handlers::status);
    }
    if (product == Product.COLLECTION) {
      router
          .delete("/v2_0/invoice/:referenceId")
          .handler(new InvoiceCancelHandler(ctx -> services.tenant(ctx).payments()));
      PreApprovalHandlers preApprovals =
          new PreApprovalHandlers(ctx -> services.tenant(ctx).payments().preApprovals());
      router.get("/v1_0/preapprovals/:idType/:id").handler(preApprovals::approved);
      router.delete("/v1_0/preapproval/:preApprovalId").handler(preApprovals::cancel);
    }
    router
        .post("/v1_0/requesttopay/:referenceId/deliverynotification")
        .handler(
            new DeliveryNotificationHandler(
                ctx -> services.tenant(ctx).deliveryNotifications(), product));
    AccountHandlers accounts = new AccountHandlers(ctx -> services.tenant(ctx).accounts(), product);
    router.get("/v1_0/account/balance").handler(accounts::balance);
    router.get("/v1_0/account/balance/:currency").handler(accounts::balance);
    router.get("/v1_0/accountholder/:idType/:id/active").handler(accounts::active);
    router.get("/v1_0/accountholder/:idType/:id/basicuserinfo").handler(accounts::basicUserInfo);
    new ConsentRoutes(
            services.access(), services.consents(), product, services.userInfoAsDeclared())
        .mount(router);
    return router;
  }

  private static List<Published> published(Product product) {
    return switch (product) {
      case COLLECTION -> COLLECTION;
      case DISBURSEMENT -> DISBURSEMENT;
      case REMITTANCE -> REMITTANCE;
    };
  }
}

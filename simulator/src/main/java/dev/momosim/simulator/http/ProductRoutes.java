package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * One product's API (§5-§7): token, its creating operations and their status, balance, account
 * holders. Collection has request-to-pay; disbursement and remittance have transfer.
 */
final class ProductRoutes {
  private final ApiServices services;
  private final Product product;
  private final TransactionJson json;

  ProductRoutes(ApiServices services, Product product, TransactionJson json) {
    this.services = services;
    this.product = product;
    this.json = json;
  }

  Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    router.route().handler(new SubscriptionKeyCheck(services.access(), product));
    router.post("/token/").handler(new TokenHandler(services.access(), product));
    router.route("/v1_0/*").handler(new BearerTokenCheck(services.access(), product));
    Operation operation =
        product == Product.COLLECTION ? Operation.REQUEST_TO_PAY : Operation.TRANSFER;
    PaymentHandlers payments = new PaymentHandlers(services.payments(), product, operation, json);
    router.post("/v1_0/" + operation.pathName()).handler(payments::create);
    router.get("/v1_0/" + operation.pathName() + "/:referenceId").handler(payments::status);
    AccountHandlers accounts = new AccountHandlers(services.accounts(), product);
    router.get("/v1_0/account/balance").handler(accounts::balance);
    router.get("/v1_0/account/balance/:currency").handler(accounts::balance);
    router.get("/v1_0/accountholder/:idType/:id/active").handler(accounts::active);
    router.get("/v1_0/accountholder/:idType/:id/basicuserinfo").handler(accounts::basicUserInfo);
    new ConsentRoutes(services.access(), services.consents(), product).mount(router);
    return router;
  }
}

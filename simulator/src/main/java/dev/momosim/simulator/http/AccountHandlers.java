package dev.momosim.simulator.http;

import dev.momosim.simulator.app.Accounts;
import dev.momosim.simulator.behaviour.AccountHolderAnswer;
import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;

/** Balance of the product's partner account, and account-holder lookups (§5 C8-C11). */
final class AccountHandlers {
  private final Function<RoutingContext, Accounts> accounts;
  private final Product product;

  AccountHandlers(Function<RoutingContext, Accounts> accounts, Product product) {
    this.accounts = accounts;
    this.product = product;
  }

  void balance(RoutingContext ctx) {
    Accounts of = accounts.apply(ctx);
    of.partnerBalance(product, ctx.pathParam("currency"))
        .onSuccess(
            balance ->
                Responses.json(
                    ctx,
                    200,
                    new JsonObject()
                        .put("availableBalance", Amounts.toWire(balance))
                        .put("currency", of.currency())))
        .onFailure(ctx::fail);
  }

  void active(RoutingContext ctx) {
    AccountHolderAnswer answer = lookup(ctx, Accounts.Lookup.ACTIVE);
    Responses.json(ctx, 200, new JsonObject().put("result", answer.active()));
  }

  void basicUserInfo(RoutingContext ctx) {
    lookup(ctx, Accounts.Lookup.BASIC_USER_INFO);
    JsonObject info =
        new JsonObject()
            .put("given_name", "Sand")
            .put("family_name", "Box")
            .put("birthdate", "1976-08-13")
            .put("locale", "sv_SE")
            .put("gender", "MALE"); // remittance too: MTN's SDK sample and test expect it
    Responses.json(ctx, 200, info);
  }

  private AccountHolderAnswer lookup(RoutingContext ctx, Accounts.Lookup lookup) {
    return accounts.apply(ctx).accountHolder(lookup, ctx.pathParam("idType"), ctx.pathParam("id"));
  }
}

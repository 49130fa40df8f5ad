package dev.momosim.simulator.http;

import dev.momosim.simulator.Simulation;
import dev.momosim.simulator.behaviour.AccountHolderAnswer;
import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.Ledger;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Set;

/** Balance of the product's partner account, and account-holder lookups (§5 C8-C11). */
final class AccountHandlers {
  private static final Set<String> ACTIVE_ID_TYPES = Set.of("msisdn", "email", "party_code");
  private static final Set<String> USER_INFO_ID_TYPES =
      Set.of("msisdn", "email", "party_code", "alias", "id");

  private final Simulation simulation;
  private final Product product;

  AccountHandlers(Simulation simulation, Product product) {
    this.simulation = simulation;
    this.product = product;
  }

  void balance(RoutingContext ctx) {
    String currency = simulation.config().paymentSettings().currency();
    String asked = ctx.pathParam("currency");
    if (asked != null && !asked.equals(currency)) {
      throw MomoException.invalidCurrency(
          simulation.config().paymentSettings().invalidCurrencyStatus());
    }
    simulation.payments().runDue();
    String available = Amounts.toWire(simulation.ledger().balance(Ledger.partnerAccount(product)));
    Responses.json(
        ctx, 200, new JsonObject().put("availableBalance", available).put("currency", currency));
  }

  void active(RoutingContext ctx) {
    AccountHolderAnswer answer = lookup(ctx, ACTIVE_ID_TYPES);
    Responses.json(ctx, 200, new JsonObject().put("result", answer.active()));
  }

  void basicUserInfo(RoutingContext ctx) {
    lookup(ctx, USER_INFO_ID_TYPES);
    JsonObject info =
        new JsonObject()
            .put("given_name", "Sand")
            .put("family_name", "Box")
            .put("birthdate", "1976-08-13")
            .put("locale", "sv_SE");
    if (product != Product.REMITTANCE) {
      info.put("gender", "MALE");
    }
    Responses.json(ctx, 200, info);
  }

  private AccountHolderAnswer lookup(RoutingContext ctx, Set<String> idTypes) {
    String type = ctx.pathParam("idType").toLowerCase(Locale.ROOT);
    if (!idTypes.contains(type)) {
      throw MomoException.badRequest(
          "accountHolderIdType must be one of " + idTypes + ", was: " + ctx.pathParam("idType"));
    }
    String id = ctx.pathParam("id");
    if (id.isBlank()) {
      throw MomoException.badRequest("accountHolderId must not be blank.");
    }
    AccountHolderAnswer answer = simulation.behaviour().accountHolder(id);
    if (answer.isError()) {
      throw new MomoException(answer.errorStatus(), answer.errorCode(), answer.errorMessage());
    }
    return answer;
  }
}

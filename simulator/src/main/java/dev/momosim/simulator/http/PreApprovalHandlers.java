package dev.momosim.simulator.http;

import dev.momosim.simulator.app.PreApprovals;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Transaction;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The payer's approved pre-approvals ({@code GET /v1_0/preapprovals/{type}/{id}}, a list of
 * PreApprovalDetails, empty when none) and their cancelling by the partner ({@code DELETE
 * /v1_0/preapproval/{id}}, 200 with an empty body). A partner sees and cancels only its own.
 */
final class PreApprovalHandlers {
  /** The id types MTN's definition lists for this path, matched in any case. */
  private static final List<String> ID_TYPES = List.of("msisdn", "email", "id", "alias");

  private final Function<RoutingContext, PreApprovals> preApprovals;

  PreApprovalHandlers(Function<RoutingContext, PreApprovals> preApprovals) {
    this.preApprovals = preApprovals;
  }

  void approved(RoutingContext ctx) {
    String type = ctx.pathParam("idType").toLowerCase(Locale.ROOT);
    if (!ID_TYPES.contains(type)) {
      throw MomoException.badRequest(
          "accountHolderIdType must be one of "
              + String.join(", ", ID_TYPES)
              + ", was: "
              + ctx.pathParam("idType"));
    }
    ApiUser user = ctx.get(ContextKeys.API_USER);
    preApprovals
        .apply(ctx)
        .approved(ctx.pathParam("id"), user.id())
        .onSuccess(
            approved -> {
              JsonArray list = new JsonArray();
              approved.forEach(approval -> list.add(details(approval)));
              Responses.json(ctx, 200, list.encode());
            })
        .onFailure(ctx::fail);
  }

  void cancel(RoutingContext ctx) {
    String id = ReferenceIds.fromPath(ctx.pathParam("preApprovalId"));
    ApiUser user = ctx.get(ContextKeys.API_USER);
    preApprovals
        .apply(ctx)
        .cancel(id, user.id())
        .onSuccess(cancelled -> Responses.empty(ctx, 200))
        .onFailure(ctx::fail);
  }

  /** PreApprovalDetails; FRIs name the payer's wallet and the partner's API user. */
  private static JsonObject details(Transaction approval) {
    Instant expiry = PreApprovals.expiry(approval);
    JsonObject details =
        new JsonObject()
            .put("preApprovalId", approval.referenceId())
            .put("toFri", "FRI:" + approval.request().apiUserId() + "/API_USER")
            .put(
                "fromFri",
                "FRI:" + approval.request().party().id() + "/" + approval.request().party().type())
            .put("fromCurrency", approval.request().currency())
            .put("createdTime", approval.createdAt().toString())
            .put("approvedTime", approval.finishedAt().toString());
    if (expiry != null) {
      details.put("expiryTime", expiry.toString());
    }
    String message = approval.request().payerMessage();
    return details.put("status", "APPROVED").put("message", message == null ? "" : message);
  }
}

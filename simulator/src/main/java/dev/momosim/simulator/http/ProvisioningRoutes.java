package dev.momosim.simulator.http;

import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The sandbox provisioning API (momo-api.md §3): create an API user, read it, issue it a key. Any
 * product's subscription key works; the user belongs to that key's product, and to the tenant the
 * {@code X-Momo-Sim-Tenant} header names, else the one the configuration gives it
 * (docs/tenants.md).
 */
final class ProvisioningRoutes {
  private final ApiServices services;

  ProvisioningRoutes(ApiServices services) {
    this.services = services;
  }

  /** Adds the provisioning paths to the root router (they have no product prefix). */
  void mount(Router router) {
    router.route("/v1_0/apiuser*").handler(new SubscriptionKeyCheck(services.access(), null));
    router.post("/v1_0/apiuser").handler(this::createUser);
    router.get("/v1_0/apiuser/:userId").handler(this::readUser);
    router.post("/v1_0/apiuser/:userId/apikey").handler(this::createKey);
  }

  private void createUser(RoutingContext ctx) {
    String id = ReferenceIds.fromHeader(ctx.request().getHeader("X-Reference-Id"));
    JsonObject body = JsonBodies.object(ctx);
    Object host = body.getValue("providerCallbackHost");
    if (!(host instanceof String text) || text.isBlank()) {
      throw MomoException.badRequest(
          "providerCallbackHost is required: the host name callbacks go to.");
    }
    Product product = ctx.get(ContextKeys.KEY_PRODUCT);
    services
        .tenants()
        .prepare(id, ctx.request().getHeader(TenantDirectory.TENANT_HEADER))
        .compose(tenant -> services.provisioning().createUser(id, text.trim(), product, tenant))
        .onSuccess(created -> Responses.empty(ctx, 201))
        .onFailure(ctx::fail);
  }

  private void readUser(RoutingContext ctx) {
    services
        .provisioning()
        .user(ReferenceIds.fromPath(ctx.pathParam("userId")))
        .onSuccess(
            user ->
                Responses.json(
                    ctx,
                    200,
                    new JsonObject()
                        .put("providerCallbackHost", user.providerCallbackHost())
                        .put("targetEnvironment", "sandbox")))
        .onFailure(ctx::fail);
  }

  private void createKey(RoutingContext ctx) {
    services
        .provisioning()
        .issueKey(ReferenceIds.fromPath(ctx.pathParam("userId")))
        .onSuccess(key -> Responses.json(ctx, 201, new JsonObject().put("apiKey", key)))
        .onFailure(ctx::fail);
  }
}

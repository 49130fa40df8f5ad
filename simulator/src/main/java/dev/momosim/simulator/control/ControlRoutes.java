package dev.momosim.simulator.control;

import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.RuleFormat.RuleSpec;
import dev.momosim.simulator.behaviour.RuleWriter;
import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The control API under {@code /_sim} (JSON only; the README has the table). Each route parses,
 * calls {@link SimulatorControl}, renders. Refusals fail the routing context and are rendered by
 * the one failure handler of the simulator ({@code http.FailureHandler}), like the MoMo API's.
 */
public final class ControlRoutes {
  /** The header a control request may name its tenant with, instead of {@code ?tenant=}. */
  public static final String TENANT_HEADER = "X-Momo-Sim-Tenant";

  /** Ten years: far beyond any expiry, far below the end of time. */
  private static final long MAX_ADVANCE_SECONDS = 10L * 365 * 24 * 3600;

  private final TenantControls tenants;

  /**
   * @param storeReachable whether a store outside this process (a database) answers now; empty for
   *     one inside it
   */
  private final Supplier<Future<Optional<Boolean>>> storeReachable;

  public ControlRoutes(TenantControls tenants, Supplier<Future<Optional<Boolean>>> storeReachable) {
    this.tenants = tenants;
    this.storeReachable = storeReachable;
  }

  /**
   * The tenant a control request names ({@code ?tenant=} or the header), or null for the default.
   */
  static String tenantOf(RoutingContext ctx) {
    String named = ctx.queryParams().get(TenantControls.TENANT_PARAMETER);
    return named != null ? named : ctx.request().getHeader(TENANT_HEADER);
  }

  private SimulatorControl control(RoutingContext ctx) {
    return tenants.control(tenantOf(ctx));
  }

  /** The control whose state {@code /state} reads or replaces: the default tenant's only. */
  private Future<SimulatorControl> stateControl(RoutingContext ctx) {
    return tenants.requireStateDocuments(tenantOf(ctx)).map(allowed -> control(ctx));
  }

  /** Makes the tenant the request names ready on this instance (404 for an unknown one). */
  private void openTenant(RoutingContext ctx) {
    String tenant = tenantOf(ctx);
    if (tenant == null) {
      ctx.next();
      return;
    }
    tenants.open(tenant).onSuccess(ready -> ctx.next()).onFailure(ctx::fail);
  }

  private EventHub events(RoutingContext ctx) {
    return tenants.events(tenantOf(ctx));
  }

  /**
   * UP with the clock; with a database, whether it answers: DOWN and 503 while it does not (a
   * readiness probe takes the instance out of rotation until it does again).
   */
  private void health(RoutingContext ctx) {
    storeReachable
        .get()
        .onComplete(
            reachable -> {
              Optional<Boolean> database =
                  reachable.succeeded() ? reachable.result() : Optional.of(false);
              boolean up = database.orElse(true);
              JsonObject health =
                  new JsonObject()
                      .put("status", up ? "UP" : "DOWN")
                      .put("now", Instant.now().toString());
              database.ifPresent(
                  answers -> health.put("database", new JsonObject().put("reachable", answers)));
              if (!up) {
                ctx.response()
                    .setStatusCode(503)
                    .putHeader("Content-Type", "application/json")
                    .end(health.encode());
                return;
              }
              reply(
                  ctx,
                  control(ctx).clock().map(clock -> health.put("now", clock.now().toString())));
            });
  }

  public Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    tenantRoutes(router); // before opening the tenant named: they make and delete tenants
    router.route().handler(this::openTenant);
    router.get("/health").handler(this::health);
    transactionRoutes(router);
    router
        .get("/approval-mode")
        .handler(ctx -> reply(ctx, control(ctx).approvalMode().map(ControlRoutes::mode)));
    router
        .put("/approval-mode")
        .handler(
            ctx ->
                reply(
                    ctx,
                    approvalMode(body(ctx))
                        .compose(control(ctx)::setApprovalMode)
                        .map(ControlRoutes::mode)));
    ruleRoutes(router);
    clockRoutes(router);
    router
        .get("/callbacks")
        .handler(
            ctx ->
                reply(
                    ctx,
                    control(ctx)
                        .callbackPage(paging(ctx))
                        .map(page -> page(page, "callbacks", CallbackView::toJson))));
    router
        .post("/callbacks/:id/resend")
        .handler(
            ctx ->
                reply(
                    ctx,
                    control(ctx).resendCallback(ctx.pathParam("id")).map(CallbackView::toJson)));
    router
        .get("/requests")
        .handler(
            ctx -> {
              var query = ctx.queryParams();
              RequestFilter filter =
                  new RequestFilter(
                      query.get("path"),
                      query.get("referenceId"),
                      query.get("product"),
                      ListingLimit.parse(
                          query.get("limit"), RequestFilter.MAX_LIMIT, RequestFilter.MAX_LIMIT),
                      query.get("after"));
              reply(
                  ctx,
                  control(ctx)
                      .requestPage(filter)
                      .map(page -> page(page, "requests", RequestView::toJson)));
            });
    router
        .get("/accounts")
        .handler(
            ctx -> reply(ctx, control(ctx).accountPage(paging(ctx)).map(ControlRoutes::accounts)));
    router
        .put("/accounts/:account")
        .handler(
            ctx ->
                reply(
                    ctx,
                    decimal(body(ctx).getValue("balance"))
                        .compose(
                            balance -> control(ctx).setBalance(ctx.pathParam("account"), balance))
                        .compose(set -> control(ctx).accountPage(Paging.FIRST))
                        .map(ControlRoutes::accounts)));
    consentRoutes(router);
    router
        .post("/tokens/expire")
        .handler(
            ctx ->
                reply(
                    ctx,
                    control(ctx)
                        .expireTokens()
                        .map(count -> new JsonObject().put("expired", count))));
    router
        .post("/reset")
        .handler(
            ctx ->
                reply(
                    ctx,
                    control(ctx).reset().map(done -> new JsonObject().put("status", "reset"))));
    router.get("/events").handler(ctx -> new EventStreamHandler(events(ctx)).handle(ctx));
    stateRoutes(router);
    router
        .get("/events/subscribers")
        .handler(
            ctx ->
                reply(
                    ctx,
                    Future.succeededFuture(
                        new JsonObject()
                            .put("subscribers", events(ctx).subscriberCount())
                            .put("maxSubscribers", events(ctx).settings().maxSubscribers())
                            .put(
                                "subscriberBufferBytes",
                                events(ctx).settings().subscriberBufferBytes())
                            .put("dropped", events(ctx).droppedCount())
                            .put("closing", events(ctx).closingCount()))));
    router
        .post("/events/resync")
        .handler(
            ctx ->
                reply(
                    ctx,
                    events(ctx).resyncAll().map(count -> new JsonObject().put("dropped", count))));
    return router;
  }

  private void tenantRoutes(Router router) {
    router
        .get("/tenants")
        .handler(
            ctx ->
                reply(
                    ctx,
                    tenants
                        .tenants()
                        .map(
                            all ->
                                new JsonObject()
                                    .put(
                                        "tenants",
                                        new JsonArray(
                                            all.stream().map(TenantView::toJson).toList())))));
    router
        .put("/tenants/:tenant")
        .handler(
            ctx -> reply(ctx, tenants.create(ctx.pathParam("tenant")).map(TenantView::toJson)));
    router
        .post("/tenants/:tenant/users")
        .handler(
            ctx -> {
              JsonObject body = body(ctx);
              Product product =
                  Product.fromPathName(String.valueOf(body.getValue("product")))
                      .orElseThrow(
                          () ->
                              new ControlException(
                                  400,
                                  "BAD_REQUEST",
                                  "Send {\"product\": \"collection\"} (or disbursement,"
                                      + " remittance), and optionally \"providerCallbackHost\"."));
              Object host = body.getValue("providerCallbackHost", "localhost");
              if (!(host instanceof String text) || text.isBlank()) {
                throw new ControlException(
                    400, "BAD_REQUEST", "providerCallbackHost must be a host name.");
              }
              tenants
                  .provision(ctx.pathParam("tenant"), product, text.trim())
                  .onSuccess(
                      user ->
                          ctx.response()
                              .setStatusCode(201)
                              .putHeader("Content-Type", "application/json")
                              .end(user.toJson().encode()))
                  .onFailure(ctx::fail);
            });
    router
        .delete("/tenants/:tenant")
        .handler(
            ctx ->
                reply(
                    ctx,
                    tenants
                        .delete(ctx.pathParam("tenant"))
                        .map(
                            deleted ->
                                new JsonObject()
                                    .put("id", ctx.pathParam("tenant"))
                                    .put("status", "deleted"))));
  }

  private void transactionRoutes(Router router) {
    router
        .get("/transactions")
        .handler(
            ctx -> {
              var query = ctx.queryParams();
              TransactionFilter filter =
                  TransactionFilter.fromQuery(
                      query.get("status"),
                      query.get("product"),
                      query.get("partyId"),
                      query.get("limit"),
                      query.get("after"));
              reply(
                  ctx,
                  control(ctx)
                      .transactionPage(filter)
                      .map(page -> page(page, "transactions", TransactionView::toJson)));
            });
    router
        .get("/transactions/:ref")
        .handler(ctx -> reply(ctx, view(control(ctx).transaction(ref(ctx)))));
    router
        .post("/transactions/:ref/approve")
        .handler(ctx -> reply(ctx, view(control(ctx).approve(ref(ctx)))));
    router
        .post("/transactions/:ref/reject")
        .handler(
            ctx ->
                reply(
                    ctx,
                    view(control(ctx).reject(ref(ctx), optionalBody(ctx).getString("reason")))));
    router
        .post("/transactions/:ref/expire")
        .handler(ctx -> reply(ctx, view(control(ctx).expire(ref(ctx)))));
    router
        .post("/transactions/:ref/fail")
        .handler(
            ctx ->
                reply(
                    ctx, view(control(ctx).fail(ref(ctx), optionalBody(ctx).getString("reason")))));
  }

  /** {@code GET /consents?msisdn=&status=}, and the account holder's answer. */
  private void consentRoutes(Router router) {
    router
        .get("/consents")
        .handler(
            ctx -> {
              String msisdn = ctx.queryParams().get("msisdn");
              String status = ctx.queryParams().get("status");
              reply(
                  ctx,
                  control(ctx)
                      .consents()
                      .map(
                          all ->
                              new JsonObject()
                                  .put(
                                      "consents",
                                      new JsonArray(
                                          all.stream()
                                              .filter(c -> msisdn == null || msisdn.equals(c.id()))
                                              .filter(
                                                  c ->
                                                      status == null
                                                          || status.equalsIgnoreCase(c.status()))
                                              .map(ConsentView::toJson)
                                              .toList()))
                                  .put("next", null)));
            });
    router
        .post("/consents/:id/approve")
        .handler(
            ctx ->
                reply(
                    ctx,
                    control(ctx).approveConsent(ctx.pathParam("id")).map(ConsentView::toJson)));
    router
        .post("/consents/:id/reject")
        .handler(
            ctx ->
                reply(
                    ctx, control(ctx).rejectConsent(ctx.pathParam("id")).map(ConsentView::toJson)));
  }

  private void stateRoutes(Router router) {
    router
        .get("/state")
        .handler(
            ctx ->
                stateControl(ctx)
                    .compose(SimulatorControl::exportState)
                    .onSuccess(
                        document ->
                            ctx.response()
                                .putHeader("Content-Type", "application/json")
                                .end(Buffer.buffer(document)))
                    .onFailure(ctx::fail));
    router
        .put("/state")
        .handler(
            ctx ->
                reply(
                    ctx,
                    stateControl(ctx)
                        .compose(
                            control ->
                                control.importState(
                                    ctx.body().buffer() == null
                                        ? new byte[0]
                                        : ctx.body().buffer().getBytes()))
                        .map(StateSummary::toJson)));
  }

  private void ruleRoutes(Router router) {
    router.get("/rules").handler(ctx -> reply(ctx, control(ctx).rules().map(ControlRoutes::rules)));
    router
        .put("/rules")
        .handler(
            ctx ->
                reply(
                    ctx, rules(ctx).compose(control(ctx)::replaceRules).map(ControlRoutes::rules)));
    router
        .post("/rules")
        .handler(
            ctx ->
                reply(ctx, rules(ctx).compose(control(ctx)::addRules).map(ControlRoutes::rules)));
    router
        .delete("/rules")
        .handler(ctx -> reply(ctx, control(ctx).clearRules().map(ControlRoutes::rules)));
  }

  private void clockRoutes(Router router) {
    router.get("/clock").handler(ctx -> reply(ctx, control(ctx).clock().map(ClockView::toJson)));
    router
        .post("/clock/advance")
        .handler(
            ctx -> {
              Object seconds = optionalBody(ctx).getValue("seconds");
              if (!(seconds instanceof Number number)
                  || number.doubleValue() < 0
                  || number.doubleValue() > MAX_ADVANCE_SECONDS) {
                throw new ControlException(
                    400,
                    "BAD_REQUEST",
                    "Send {\"seconds\": N} with 0 <= N <= " + MAX_ADVANCE_SECONDS + ".");
              }
              Duration by = Duration.ofMillis(Math.round(number.doubleValue() * 1000));
              reply(
                  ctx,
                  control(ctx)
                      .advanceClock(by)
                      .compose(now -> control(ctx).clock())
                      .map(ClockView::toJson));
            });
    router
        .post("/clock/freeze")
        .handler(
            ctx ->
                reply(
                    ctx,
                    control(ctx)
                        .freezeClock()
                        .compose(now -> control(ctx).clock())
                        .map(ClockView::toJson)));
    router
        .post("/clock/resume")
        .handler(
            ctx ->
                reply(
                    ctx,
                    control(ctx)
                        .resumeClock()
                        .compose(now -> control(ctx).clock())
                        .map(ClockView::toJson)));
    router
        .post("/clock/set")
        .handler(
            ctx -> {
              String to = optionalBody(ctx).getString("now");
              Instant instant;
              try {
                instant = Instant.parse(to);
              } catch (DateTimeParseException | NullPointerException e) {
                throw new ControlException(
                    400, "BAD_REQUEST", "Send {\"now\": \"2026-01-01T00:00:00Z\"}.");
              }
              reply(
                  ctx,
                  control(ctx)
                      .setClock(instant)
                      .compose(now -> control(ctx).clock())
                      .map(ClockView::toJson));
            });
  }

  private static String ref(RoutingContext ctx) {
    return ctx.pathParam("ref");
  }

  private static Future<JsonObject> view(Future<TransactionView> view) {
    return view.map(TransactionView::toJson);
  }

  /** {@code {"<field>": [...], "next": "..." or null}}. */
  private static <T> JsonObject page(Page<T> page, String field, Function<T, JsonObject> toJson) {
    return new JsonObject()
        .put(field, new JsonArray(page.items().stream().map(toJson).toList()))
        .put("next", page.next());
  }

  /** {@code after} and {@code limit} (1 to 1,000, default 1,000) from the query. */
  private static Paging paging(RoutingContext ctx) {
    return Paging.fromQuery(ctx.queryParams().get("after"), ctx.queryParams().get("limit"));
  }

  private static JsonObject rules(List<RuleSpec> rules) {
    return new JsonObject().put("rules", new JsonArray(RuleWriter.json(rules)));
  }

  /**
   * {@code {"accounts": {"KEY": {"opening": "...", "balance": "..."}, ...}, "next": ...,
   * "forgotten": {"wallets": N, "net": "..."}}}, sorted by key.
   */
  private static JsonObject accounts(AccountPage page) {
    JsonObject byKey = new JsonObject();
    page.accounts()
        .forEach(
            account ->
                byKey.put(
                    account.account(),
                    new JsonObject()
                        .put("opening", Amounts.toWire(account.opening()))
                        .put("balance", Amounts.toWire(account.balance()))));
    return new JsonObject()
        .put("accounts", byKey)
        .put("next", page.next())
        .put(
            "forgotten",
            new JsonObject()
                .put("wallets", page.forgottenWallets())
                .put("net", Amounts.toWire(page.forgottenNet())));
  }

  private static JsonObject mode(ApprovalMode mode) {
    return new JsonObject().put("mode", mode.name());
  }

  private static Future<ApprovalMode> approvalMode(JsonObject body) {
    try {
      return Future.succeededFuture(
          ApprovalMode.valueOf(body.getString("mode", "").toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException | ClassCastException e) {
      return Future.failedFuture(
          new ControlException(
              400, "BAD_REQUEST", "Send {\"mode\":\"AUTO\"} or {\"mode\":\"MANUAL\"}."));
    }
  }

  private static Future<BigDecimal> decimal(Object value) {
    try {
      return Future.succeededFuture(Amounts.parse("balance", value));
    } catch (MomoException e) {
      return Future.failedFuture(ControlException.of(e));
    }
  }

  /** A rule array, a single rule, or {@code {"rules": [...]}}. */
  private static Future<JsonArray> rules(RoutingContext ctx) {
    String text = ctx.body().asString();
    try {
      Object parsed = io.vertx.core.json.Json.decodeValue(text == null ? "" : text);
      if (parsed instanceof JsonArray array) {
        return Future.succeededFuture(array);
      }
      if (parsed instanceof JsonObject object) {
        return Future.succeededFuture(
            object.containsKey("rules")
                ? object.getJsonArray("rules")
                : new JsonArray().add(object));
      }
    } catch (DecodeException | ClassCastException e) {
      // answered below
    }
    return Future.failedFuture(
        new ControlException(
            400,
            "BAD_REQUEST",
            "Send a rule, an array of rules, or {\"rules\": [...]} in the rule-file format."));
  }

  private static JsonObject body(RoutingContext ctx) {
    try {
      JsonObject body = ctx.body().asJsonObject();
      if (body == null) {
        throw new ControlException(400, "BAD_REQUEST", "A JSON object body is required.");
      }
      return body;
    } catch (DecodeException | ClassCastException e) {
      throw new ControlException(400, "BAD_REQUEST", "The body is not a JSON object.");
    }
  }

  private static JsonObject optionalBody(RoutingContext ctx) {
    if (ctx.body().length() <= 0) {
      return new JsonObject();
    }
    return body(ctx);
  }

  private static void reply(RoutingContext ctx, Future<JsonObject> result) {
    result
        .onSuccess(
            json -> ctx.response().putHeader("Content-Type", "application/json").end(json.encode()))
        .onFailure(ctx::fail);
  }
}

package dev.momosim.simulator.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.RuleFormat.RuleSpec;
import dev.momosim.simulator.behaviour.RuleSpecReader;
import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.MomoException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@link SimulatorControl} over HTTP: drives the control API ({@code /_sim}) of a simulator running
 * elsewhere, for example one started with {@code momo-sim serve}.
 *
 * <p>Every Future fails with a {@link ControlException}: the simulator's refusal with its HTTP
 * status and code (e.g. 404 {@code RESOURCE_NOT_FOUND}, 409 for deciding a final transaction), or
 * status 0 and code {@code UNREACHABLE} when no answer came (connection refused, timeout).
 * Thread-safe: one {@link WebClient} is shared by every call; {@link #close()} releases it.
 *
 * <p>A simulator that requires the admin token (one bound beyond loopback, or configured with
 * {@code control.adminToken}) is driven with the constructor that takes it; the token is sent as
 * {@code Authorization: Bearer} on every call and appears in no message.
 */
public final class HttpSimulatorControl implements SimulatorControl, AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** How long one control call may take before it counts as unreachable. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final WebClient client;
  private final String controlUrl;
  private final Duration timeout;
  private final String authorization;
  private final String tenant;

  /**
   * @param baseUrl the simulator's base URL, e.g. {@code http://127.0.0.1:8080}
   * @throws IllegalArgumentException if it is not an absolute http(s) URL
   */
  public HttpSimulatorControl(Vertx vertx, String baseUrl) {
    this(vertx, baseUrl, DEFAULT_TIMEOUT);
  }

  public HttpSimulatorControl(Vertx vertx, String baseUrl, Duration timeout) {
    this(vertx, baseUrl, timeout, null);
  }

  /**
   * @param adminToken the simulator's admin token, or null when it needs none
   * @throws IllegalArgumentException if the URL is not an absolute http(s) URL
   */
  public HttpSimulatorControl(Vertx vertx, String baseUrl, Duration timeout, String adminToken) {
    this(
        WebClient.create(vertx),
        validated(baseUrl) + "/_sim",
        timeout,
        adminToken == null || adminToken.isBlank() ? null : "Bearer " + adminToken.trim(),
        null);
  }

  private HttpSimulatorControl(
      WebClient client, String controlUrl, Duration timeout, String authorization, String tenant) {
    this.client = client;
    this.controlUrl = controlUrl;
    this.timeout = timeout;
    this.authorization = authorization;
    this.tenant = tenant;
  }

  /**
   * This control driving one tenant (docs/tenants.md): every call names it with the {@code
   * X-Momo-Sim-Tenant} header. It shares this one's connections: close one of the two, once.
   *
   * @param tenant the tenant's id; null drives the default tenant
   */
  public HttpSimulatorControl forTenant(String tenant) {
    return new HttpSimulatorControl(client, controlUrl, timeout, authorization, tenant);
  }

  /** The tenant this control drives; null for the default tenant. */
  public String tenant() {
    return tenant;
  }

  /** Every tenant of the simulator, the default one first. */
  public Future<List<TenantView>> tenants() {
    return call(HttpMethod.GET, "/tenants", null)
        .map(
            json ->
                json.getJsonArray("tenants").stream()
                    .map(tenant -> TenantView.fromJson((JsonObject) tenant))
                    .toList());
  }

  /** Makes a tenant with no users yet (nothing if it exists). */
  public Future<TenantView> createTenant(String id) {
    return call(HttpMethod.PUT, "/tenants/" + segment(id), null).map(TenantView::fromJson);
  }

  /**
   * Provisions an API user with its key into this control's tenant (the default tenant's when it
   * drives none), making the tenant first if need be.
   *
   * @param product {@code collection}, {@code disbursement} or {@code remittance}
   */
  public Future<TenantUser> provisionUser(String product, String providerCallbackHost) {
    return call(
            HttpMethod.POST,
            "/tenants/" + segment(tenant == null ? "default" : tenant) + "/users",
            new JsonObject()
                .put("product", product)
                .put("providerCallbackHost", providerCallbackHost))
        .map(TenantUser::fromJson);
  }

  /** Forgets a tenant and all its state; its API users are refused from then on. */
  public Future<Void> deleteTenant(String id) {
    return call(HttpMethod.DELETE, "/tenants/" + segment(id), null).mapEmpty();
  }

  /** The control API's root, e.g. {@code http://127.0.0.1:8080/_sim}. */
  public String controlUrl() {
    return controlUrl;
  }

  @Override
  public Future<Instant> now() {
    return clock().map(ClockView::now);
  }

  @Override
  public Future<ClockView> clock() {
    return call(HttpMethod.GET, "/clock", null).map(ClockView::fromJson);
  }

  @Override
  public Future<Instant> advanceClock(Duration by) {
    long millis = by.toMillis();
    Number seconds = millis % 1000 == 0 ? (Number) (millis / 1000) : (Number) (millis / 1000.0);
    return call(HttpMethod.POST, "/clock/advance", new JsonObject().put("seconds", seconds))
        .map(json -> ClockView.fromJson(json).now());
  }

  @Override
  public Future<Instant> freezeClock() {
    return call(HttpMethod.POST, "/clock/freeze", null).map(json -> ClockView.fromJson(json).now());
  }

  @Override
  public Future<Instant> resumeClock() {
    return call(HttpMethod.POST, "/clock/resume", null).map(json -> ClockView.fromJson(json).now());
  }

  @Override
  public Future<Instant> setClock(Instant to) {
    return call(HttpMethod.POST, "/clock/set", new JsonObject().put("now", to.toString()))
        .map(json -> ClockView.fromJson(json).now());
  }

  @Override
  public Future<Void> reset() {
    return call(HttpMethod.POST, "/reset", null).mapEmpty();
  }

  @Override
  public Future<Page<TransactionView>> transactionPage(TransactionFilter filter) {
    StringBuilder query = new StringBuilder("/transactions?limit=").append(filter.limit());
    appendParam(query, "status", filter.status());
    appendParam(query, "product", filter.product());
    appendParam(query, "partyId", filter.partyId());
    appendParam(query, "after", filter.after());
    return call(HttpMethod.GET, query.toString(), null)
        .map(json -> page(json, "transactions", TransactionView::fromJson));
  }

  @Override
  public Future<TransactionView> transaction(String referenceId) {
    return view(HttpMethod.GET, transactionPath(referenceId, ""), null);
  }

  @Override
  public Future<TransactionView> approve(String referenceId) {
    return view(HttpMethod.POST, transactionPath(referenceId, "/approve"), null);
  }

  @Override
  public Future<TransactionView> reject(String referenceId, String reason) {
    return view(HttpMethod.POST, transactionPath(referenceId, "/reject"), reasonBody(reason));
  }

  @Override
  public Future<TransactionView> expire(String referenceId) {
    return view(HttpMethod.POST, transactionPath(referenceId, "/expire"), null);
  }

  @Override
  public Future<TransactionView> fail(String referenceId, String reason) {
    return view(HttpMethod.POST, transactionPath(referenceId, "/fail"), reasonBody(reason));
  }

  @Override
  public Future<ApprovalMode> approvalMode() {
    return call(HttpMethod.GET, "/approval-mode", null).map(HttpSimulatorControl::mode);
  }

  @Override
  public Future<ApprovalMode> setApprovalMode(ApprovalMode mode) {
    return call(HttpMethod.PUT, "/approval-mode", new JsonObject().put("mode", mode.name()))
        .map(HttpSimulatorControl::mode);
  }

  @Override
  public Future<List<RuleSpec>> rules() {
    return call(HttpMethod.GET, "/rules", null).map(HttpSimulatorControl::rules);
  }

  @Override
  public Future<List<RuleSpec>> replaceRules(JsonArray rules) {
    return call(HttpMethod.PUT, "/rules", rules).map(HttpSimulatorControl::rules);
  }

  @Override
  public Future<List<RuleSpec>> addRules(JsonArray rules) {
    return call(HttpMethod.POST, "/rules", rules).map(HttpSimulatorControl::rules);
  }

  @Override
  public Future<List<RuleSpec>> clearRules() {
    return call(HttpMethod.DELETE, "/rules", null).map(HttpSimulatorControl::rules);
  }

  @Override
  public Future<Page<CallbackView>> callbackPage(Paging paging) {
    return call(HttpMethod.GET, pagePath("/callbacks", paging), null)
        .map(json -> page(json, "callbacks", CallbackView::fromJson));
  }

  @Override
  public Future<CallbackView> resendCallback(String id) {
    return call(HttpMethod.POST, "/callbacks/" + segment(id) + "/resend", null)
        .map(CallbackView::fromJson);
  }

  @Override
  public Future<Page<RequestView>> requestPage(RequestFilter filter) {
    StringBuilder query = new StringBuilder("/requests?limit=").append(filter.limit());
    appendParam(query, "path", filter.pathContains());
    appendParam(query, "referenceId", filter.referenceId());
    appendParam(query, "product", filter.product());
    appendParam(query, "after", filter.after());
    return call(HttpMethod.GET, query.toString(), null)
        .map(json -> page(json, "requests", RequestView::fromJson));
  }

  @Override
  public Future<AccountPage> accountPage(Paging paging) {
    return call(HttpMethod.GET, pagePath("/accounts", paging), null)
        .map(
            json -> {
              JsonObject forgotten = json.getJsonObject("forgotten", new JsonObject());
              return new AccountPage(
                  accounts(json),
                  json.getString("next"),
                  forgotten.getLong("wallets", 0L),
                  new BigDecimal(forgotten.getString("net", "0")));
            });
  }

  @Override
  public Future<List<AccountView>> setBalance(String account, BigDecimal balance) {
    try {
      Amounts.check("balance", balance); // before printing it: a huge exponent would take minutes
    } catch (MomoException e) {
      return Future.failedFuture(ControlException.of(e));
    }
    JsonObject body = new JsonObject().put("balance", balance.toPlainString());
    return call(HttpMethod.PUT, "/accounts/" + segment(account), body)
        .map(HttpSimulatorControl::accounts);
  }

  @Override
  public Future<List<ConsentView>> consents() {
    return call(HttpMethod.GET, "/consents", null)
        .map(json -> page(json, "consents", ConsentView::fromJson).items());
  }

  @Override
  public Future<ConsentView> approveConsent(String authReqId) {
    return call(HttpMethod.POST, "/consents/" + segment(authReqId) + "/approve", null)
        .map(ConsentView::fromJson);
  }

  @Override
  public Future<ConsentView> rejectConsent(String authReqId) {
    return call(HttpMethod.POST, "/consents/" + segment(authReqId) + "/reject", null)
        .map(ConsentView::fromJson);
  }

  @Override
  public Future<Integer> expireTokens() {
    return call(HttpMethod.POST, "/tokens/expire", null).map(json -> json.getInteger("expired"));
  }

  @Override
  public Future<byte[]> exportState() {
    String url = controlUrl + "/state";
    return send(HttpMethod.GET, "/state", null, null)
        .compose(
            response ->
                response.statusCode() == 200
                    ? Future.succeededFuture(response.body().getBytes())
                    : answer(HttpMethod.GET, url, response).map(json -> new byte[0]));
  }

  @Override
  public Future<StateSummary> importState(byte[] document) {
    return send(HttpMethod.PUT, "/state", Buffer.buffer(document), "application/json")
        .compose(response -> answer(HttpMethod.PUT, controlUrl + "/state", response))
        .map(StateSummary::fromJson);
  }

  /** Releases the web client; the Vert.x instance stays open. */
  @Override
  public void close() {
    client.close();
  }

  private Future<TransactionView> view(HttpMethod method, String path, JsonObject body) {
    return call(method, path, body).map(TransactionView::fromJson);
  }

  private static <T> Page<T> page(JsonObject json, String field, Function<JsonObject, T> read) {
    List<T> items =
        json.getJsonArray(field).stream().map(item -> read.apply((JsonObject) item)).toList();
    return new Page<>(items, json.getString("next"));
  }

  private static String pagePath(String path, Paging paging) {
    StringBuilder query = new StringBuilder(path).append("?limit=").append(paging.limit());
    appendParam(query, "after", paging.after());
    return query.toString();
  }

  private static List<RuleSpec> rules(JsonObject json) {
    try {
      return RuleSpecReader.rules(MAPPER.readTree(json.getJsonArray("rules").encode()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ControlException(200, "INVALID_RESPONSE", "The rules answer is not JSON.");
    }
  }

  private static List<AccountView> accounts(JsonObject json) {
    JsonObject byKey = json.getJsonObject("accounts");
    return byKey.fieldNames().stream()
        .sorted()
        .map(
            key -> {
              JsonObject account = byKey.getJsonObject(key);
              return new AccountView(
                  key,
                  new BigDecimal(account.getString("opening")),
                  new BigDecimal(account.getString("balance")));
            })
        .toList();
  }

  /**
   * One request with a JSON body (an object, an array, or null for none); every failure becomes a
   * {@link ControlException} here and nowhere else.
   */
  private Future<JsonObject> call(HttpMethod method, String path, Object body) {
    return send(
            method,
            path,
            body == null ? null : Json.encodeToBuffer(body),
            body == null ? null : "application/json")
        .compose(response -> answer(method, controlUrl + path, response));
  }

  /** Sends one request; a simulator that cannot be reached is a ControlException (status 0). */
  private Future<HttpResponse<Buffer>> send(
      HttpMethod method, String path, Buffer body, String contentType) {
    HttpRequest<Buffer> request =
        client.requestAbs(method, controlUrl + path).timeout(timeout.toMillis());
    if (authorization != null) {
      request.putHeader("Authorization", authorization);
    }
    if (tenant != null) {
      request.putHeader(ControlRoutes.TENANT_HEADER, tenant);
    }
    Future<HttpResponse<Buffer>> sent;
    if (body == null) {
      sent = request.send();
    } else {
      sent = request.putHeader("Content-Type", contentType).sendBuffer(body);
    }
    return sent.recover(
        failure ->
            Future.failedFuture(
                new ControlException(
                    0,
                    "UNREACHABLE",
                    "cannot reach the simulator at " + controlUrl + ": " + describe(failure))));
  }

  private static Future<JsonObject> answer(
      HttpMethod method, String url, HttpResponse<Buffer> response) {
    int status = response.statusCode();
    JsonObject json = parse(response.body());
    if (status >= 200 && status < 300) {
      return json != null
          ? Future.succeededFuture(json)
          : Future.failedFuture(
              new ControlException(
                  status,
                  "INVALID_RESPONSE",
                  method + " " + url + " answered " + status + " without a JSON object."));
    }
    String code =
        json != null && json.getValue("code") instanceof String text ? text : "HTTP_" + status;
    String message =
        json != null && json.getValue("message") instanceof String text
            ? text
            : method + " " + url + " answered " + status + " " + response.statusMessage();
    return Future.failedFuture(new ControlException(status, code, message));
  }

  private static JsonObject parse(Buffer body) {
    if (body == null || body.length() == 0) {
      return null;
    }
    try {
      return body.toJsonValue() instanceof JsonObject object ? object : null;
    } catch (DecodeException e) {
      return null;
    }
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }

  private static ApprovalMode mode(JsonObject json) {
    return ApprovalMode.valueOf(json.getString("mode", "").toUpperCase(Locale.ROOT));
  }

  /** {@code {}} rather than no body: some simulator versions refused a bodyless reject or fail. */
  private static JsonObject reasonBody(String reason) {
    return reason == null ? new JsonObject() : new JsonObject().put("reason", reason);
  }

  private static String transactionPath(String referenceId, String action) {
    return "/transactions/" + segment(referenceId) + action;
  }

  private static void appendParam(StringBuilder query, String name, String value) {
    if (value == null) {
      return;
    }
    char last = query.charAt(query.length() - 1);
    if (last != '?' && last != '&') {
      query.append('&');
    }
    query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  /** Percent-encodes one path segment (URLEncoder's '+' means a space only in queries). */
  private static String segment(String value) {
    if (value == null) {
      return "";
    }
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String validated(String baseUrl) {
    URI uri;
    try {
      uri = URI.create(baseUrl == null ? "" : baseUrl.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + baseUrl, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "the simulator URL must look like http://127.0.0.1:8080, was " + baseUrl);
    }
    String text = uri.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }
}

package dev.momosim.simulator.acceptance;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** Control calls naming a tenant (docs/tenants.md), and what the tenant tests read with them. */
final class TenantCalls {
  static final String PAYER = "256700000001";

  static final JsonObject REJECT_EVERYTHING =
      new JsonObject()
          .put("name", "reject everything")
          .put(
              "outcome",
              new JsonObject().put("status", "FAILED").put("reason", "APPROVAL_REJECTED"));

  private TenantCalls() {}

  /** A control call for {@code tenant} ({@code ?tenant=}); null: the default tenant. */
  static HttpCall control(SandboxSession session, HttpMethod method, String path, String tenant) {
    return session.call(method, tenant == null ? path : path + "?tenant=" + tenant);
  }

  static List<String> ruleNames(SandboxSession session, String tenant) {
    return strings(control(session, HttpMethod.GET, "/_sim/rules", tenant), "rules", "name");
  }

  static String mode(SandboxSession session, String tenant) {
    return control(session, HttpMethod.GET, "/_sim/approval-mode", tenant)
        .send()
        .json()
        .getString("mode");
  }

  static Instant now(SandboxSession session, String tenant) {
    return Instant.parse(
        control(session, HttpMethod.GET, "/_sim/clock", tenant).send().json().getString("now"));
  }

  static List<String> transactionRefs(SandboxSession session, String tenant) {
    return strings(
        control(session, HttpMethod.GET, "/_sim/transactions", tenant),
        "transactions",
        "referenceId");
  }

  /** The ids of every tenant {@code GET /_sim/tenants} lists, the default one first. */
  static List<String> tenantIds(SandboxSession session) {
    return strings(session.get("/_sim/tenants"), "tenants", "id");
  }

  /** One field of each object of an array the call answers. */
  private static List<String> strings(HttpCall call, String array, String field) {
    return call.send().json().getJsonArray(array).stream()
        .map(item -> ((JsonObject) item).getString(field))
        .toList();
  }
}

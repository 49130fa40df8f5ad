package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tenants (docs/tenants.md), from outside: two jobs on one simulator each change rules, clock,
 * approval mode and reset, and neither sees the other's change, nor does the default tenant.
 */
@MomoSimulatorTest(config = "{\"tenants\": {\"maxTenants\": 50, \"maxRules\": 50}}")
class TenantsAcceptanceTest {
  private static final String PAYER = TenantCalls.PAYER;
  private static final JsonObject REJECT_EVERYTHING = TenantCalls.REJECT_EVERYTHING;

  @AutoClose private final SandboxSession session;
  private final String a = "job-a-" + UUID.randomUUID();
  private final String b = "job-b-" + UUID.randomUUID();

  TenantsAcceptanceTest(MomoSimulator simulator) {
    session = new SandboxSession(simulator);
  }

  @Test
  void rulesAddedByOneTenantDecideOnlyItsOwnPayments() {
    ProductApi jobA = session.api(Product.COLLECTION, a);
    ProductApi jobB = session.api(Product.COLLECTION, b);
    ProductApi untenanted = session.api(Product.COLLECTION);

    assertThat(control(HttpMethod.POST, "/_sim/rules", a).json(REJECT_EVERYTHING).send().status())
        .isEqualTo(200);

    assertThat(statusOf(jobA, jobA.pay("5", PAYER))).isEqualTo("FAILED");
    assertThat(statusOf(jobB, jobB.pay("5", PAYER))).isEqualTo("SUCCESSFUL");
    assertThat(statusOf(untenanted, untenanted.pay("5", PAYER))).isEqualTo("SUCCESSFUL");
    assertThat(ruleNames(null)).doesNotContain("reject everything");
    assertThat(ruleNames(b)).doesNotContain("reject everything");
    assertThat(ruleNames(a)).startsWith("reject everything");
  }

  @Test
  void approvalModeIsPerTenant() {
    ProductApi jobA = session.api(Product.COLLECTION, a);
    ProductApi jobB = session.api(Product.COLLECTION, b);

    Reply manual =
        control(HttpMethod.PUT, "/_sim/approval-mode", b)
            .json(new JsonObject().put("mode", "MANUAL"))
            .send();
    assertThat(manual.status()).isEqualTo(200);

    String pendingInB = jobB.pay("5", PAYER);
    assertThat(statusOf(jobB, pendingInB)).isEqualTo("PENDING");
    assertThat(statusOf(jobA, jobA.pay("5", PAYER))).isEqualTo("SUCCESSFUL");
    assertThat(mode(a)).isEqualTo("AUTO");
    assertThat(mode(null)).isEqualTo("AUTO");

    // a person approves it in b; the same reference is unknown to a and to the default tenant
    assertThat(control(HttpMethod.POST, "/_sim/transactions/" + pendingInB + "/approve", a).send())
        .extracting(Reply::status)
        .isEqualTo(404);
    assertThat(
            control(HttpMethod.POST, "/_sim/transactions/" + pendingInB + "/approve", null)
                .send()
                .status())
        .isEqualTo(404);
    assertThat(
            control(HttpMethod.POST, "/_sim/transactions/" + pendingInB + "/approve", b)
                .send()
                .status())
        .isEqualTo(200);
    assertThat(statusOf(jobB, pendingInB)).isEqualTo("SUCCESSFUL");
  }

  @Test
  void theClockMovesForOneTenantOnly() {
    session.api(Product.COLLECTION, a);
    session.api(Product.COLLECTION, b);
    Instant before = now(b);

    Reply advanced =
        control(HttpMethod.POST, "/_sim/clock/advance", a)
            .json(new JsonObject().put("seconds", Duration.ofDays(3).toSeconds()))
            .send();
    assertThat(advanced.status()).isEqualTo(200);

    assertThat(now(a)).isAfter(before.plus(Duration.ofDays(3)));
    assertThat(now(b)).isBefore(before.plus(Duration.ofDays(1)));
    assertThat(now(null)).isBefore(before.plus(Duration.ofDays(1)));
  }

  @Test
  void anApprovalWindowEndsOnItsTenantsClockOnly() {
    ProductApi jobA = session.api(Product.COLLECTION, a);
    ProductApi jobB = session.api(Product.COLLECTION, b);
    for (String tenant : List.of(a, b)) {
      control(HttpMethod.PUT, "/_sim/approval-mode", tenant)
          .json(new JsonObject().put("mode", "MANUAL"))
          .send();
    }
    String inA = jobA.pay("5", PAYER);
    String inB = jobB.pay("5", PAYER);

    control(HttpMethod.POST, "/_sim/clock/advance", a)
        .json(new JsonObject().put("seconds", 301))
        .send();

    assertThat(jobA.statusOf(inA).getMap())
        .containsEntry("status", "FAILED")
        .containsEntry("reason", "EXPIRED");
    assertThat(statusOf(jobB, inB)).isEqualTo("PENDING");
  }

  @Test
  void resetEmptiesOneTenantAndLeavesTheOthers() {
    ProductApi jobA = session.api(Product.COLLECTION, a);
    ProductApi jobB = session.api(Product.COLLECTION, b);
    control(HttpMethod.POST, "/_sim/rules", a).json(REJECT_EVERYTHING).send();
    control(HttpMethod.POST, "/_sim/rules", b).json(REJECT_EVERYTHING).send();
    String paidInA = jobA.pay("5", PAYER);
    String paidInB = jobB.pay("5", PAYER);

    assertThat(control(HttpMethod.POST, "/_sim/reset", a).send().status()).isEqualTo(200);

    assertThat(ruleNames(a)).doesNotContain("reject everything");
    assertThat(ruleNames(b)).startsWith("reject everything");
    assertThat(transactionRefs(a)).isEmpty();
    assertThat(transactionRefs(b)).containsExactly(paidInB);
    assertThat(transactionRefs(null)).doesNotContain(paidInA, paidInB);
    assertThat(jobA.status(paidInA).status()).isEqualTo(404);
  }

  @Test
  void walletsJournalsAndCallbackListsArePerTenant() {
    ProductApi jobA = session.api(Product.COLLECTION, a);
    session.api(Product.COLLECTION, b);
    String payer = "467331" + (100000 + (int) (Math.random() * 800000));
    String ref = jobA.pay("30", payer);
    assertThat(statusOf(jobA, ref)).isEqualTo("SUCCESSFUL");

    assertThat(balanceOf(a, "MSISDN:" + payer)).isEqualTo("999970");
    assertThat(balanceOf(b, "MSISDN:" + payer)).isNull();
    assertThat(balanceOf(null, "MSISDN:" + payer)).isNull();
    assertThat(requestRefs(a)).contains(ref);
    assertThat(requestRefs(b)).doesNotContain(ref);
    assertThat(requestRefs(null)).doesNotContain(ref);
  }

  @Test
  void tenantsAreListedWithTheirSizes() {
    ProductApi jobA = session.api(Product.COLLECTION, a);
    jobA.pay("5", PAYER);
    control(HttpMethod.POST, "/_sim/rules", a).json(REJECT_EVERYTHING).send();

    Reply listed = session.get("/_sim/tenants").send();

    assertThat(listed.status()).isEqualTo(200);
    JsonArray tenants = listed.json().getJsonArray("tenants");
    assertThat(tenants.getJsonObject(0).getString("id")).isEqualTo("default");
    assertThat(tenants.getJsonObject(0).containsKey("apiUsers")).isFalse();
    JsonObject ofA = find(tenants, a);
    assertThat(ofA.getInteger("apiUsers")).isEqualTo(1);
    assertThat(ofA.getLong("transactions")).isEqualTo(1L);
    assertThat(ofA.getInteger("rules")).isEqualTo(ruleNames(a).size());
    assertThat(ofA.getString("createdAt")).isNotBlank();
  }

  @Test
  void aTenantIsMadeByProvisioningIntoItEvenWhenTheRequestAlsoNamesIt() {
    Reply provisioned =
        control(HttpMethod.POST, "/_sim/tenants/" + a + "/users", a)
            .json(new JsonObject().put("product", "collection").put("providerCallbackHost", "x"))
            .send();
    Reply made = control(HttpMethod.PUT, "/_sim/tenants/" + b, b).send();

    assertThat(provisioned.status()).as("%s", provisioned).isEqualTo(201);
    assertThat(made.status()).as("%s", made).isEqualTo(200);
    assertThat(ruleNames(a)).isEqualTo(ruleNames(b));
  }

  @Test
  void anUnknownTenantIsAnsweredNotFoundByName() {
    Reply reply = control(HttpMethod.GET, "/_sim/rules", "no-such-tenant").send();

    JsonObject error = Expect.momoError(reply, 404, "TENANT_NOT_FOUND");
    assertThat(error.getString("message")).contains("no-such-tenant");
  }

  @Test
  void theTenantMayBeNamedByHeaderToo() {
    session.api(Product.COLLECTION, a);
    control(HttpMethod.POST, "/_sim/rules", a).json(REJECT_EVERYTHING).send();

    Reply byHeader = session.get("/_sim/rules").header("X-Momo-Sim-Tenant", a).send();

    assertThat(byHeader.json().getJsonArray("rules").getJsonObject(0).getString("name"))
        .isEqualTo("reject everything");
  }

  @Test
  void anUnusableTenantIdIsRefusedBeforeTheUserIsMade() {
    String id = SandboxSession.newReference();
    Reply refused =
        session
            .createUserCall(Product.COLLECTION.primaryKey, id, SandboxSession.CALLBACK_HOST)
            .header("X-Momo-Sim-Tenant", "no spaces/or slashes")
            .send();

    Expect.badRequest(refused, "X-Momo-Sim-Tenant");
    assertThat(
            session
                .get("/v1_0/apiuser/" + id)
                .header("Ocp-Apim-Subscription-Key", Product.COLLECTION.primaryKey)
                .send()
                .status())
        .isEqualTo(404);
  }

  @Test
  void aDeletedTenantIsGoneAndItsUsersAreRefused() {
    ProductApi jobA = session.api(Product.COLLECTION, a);

    Reply deleted = control(HttpMethod.DELETE, "/_sim/tenants/" + a, null).send();

    assertThat(deleted.status()).isEqualTo(200);
    Expect.unauthorized(
        jobA.create(SandboxSession.newReference(), Payments.of(Product.COLLECTION, "5", PAYER)));
    assertThat(session.get("/_sim/tenants").send().json().getJsonArray("tenants").stream())
        .noneMatch(tenant -> ((JsonObject) tenant).getString("id").equals(a));
    Expect.momoError(control(HttpMethod.GET, "/_sim/rules", a).send(), 404, "TENANT_NOT_FOUND");

    Reply madeAgain = control(HttpMethod.PUT, "/_sim/tenants/" + a, null).send();
    assertThat(madeAgain.json().getInteger("apiUsers")).as("the old users are gone").isZero();
    Expect.unauthorized(
        jobA.create(SandboxSession.newReference(), Payments.of(Product.COLLECTION, "5", PAYER)));
  }

  @Test
  void aTenantsTokensExpireOnItsOwnClock() {
    ProductApi jobA = session.api(Product.COLLECTION, a);
    ProductApi untenanted = session.api(Product.COLLECTION);

    control(HttpMethod.POST, "/_sim/clock/advance", a)
        .json(new JsonObject().put("seconds", 7200))
        .send();

    Expect.unauthorized(
        jobA.create(SandboxSession.newReference(), Payments.of(Product.COLLECTION, "5", PAYER)));
    Expect.accepted(
        untenanted.create(
            SandboxSession.newReference(), Payments.of(Product.COLLECTION, "5", PAYER)));
  }

  @Test
  void aResetOfTheDefaultTenantKeepsTheOtherTenantsUsers() {
    ProductApi jobA = session.api(Product.COLLECTION, a);

    assertThat(session.post("/_sim/reset").send().status()).isEqualTo(200);

    assertThat(statusOf(jobA, jobA.pay("5", PAYER))).isEqualTo("SUCCESSFUL");
  }

  @Test
  void stateDocumentsAreTheDefaultTenantsAloneWhileItIsTheOnlyOne() {
    session.api(Product.COLLECTION, a);

    Expect.badRequest(control(HttpMethod.GET, "/_sim/state", a).send(), "default tenant");
    Expect.momoError(control(HttpMethod.GET, "/_sim/state", null).send(), 409, "TENANTS_EXIST");
    Expect.momoError(
        control(HttpMethod.PUT, "/_sim/state", null).jsonText("{}").send(), 409, "TENANTS_EXIST");
  }

  @Test
  void theDefaultTenantCannotBeDeleted() {
    Reply refused = control(HttpMethod.DELETE, "/_sim/tenants/default", null).send();

    Expect.badRequest(refused, "reset");
  }

  @Test
  void aTenantCanBeMadeBeforeItsUsers() {
    Reply made = control(HttpMethod.PUT, "/_sim/tenants/" + a, null).send();
    assertThat(made.status()).isEqualTo(200);
    assertThat(made.json().getInteger("apiUsers")).isZero();
    control(HttpMethod.POST, "/_sim/rules", a).json(REJECT_EVERYTHING).send();

    ProductApi jobA = session.api(Product.COLLECTION, a);

    assertThat(statusOf(jobA, jobA.pay("5", PAYER))).isEqualTo("FAILED");
  }

  @Test
  void moreRulesThanTheCapAreRefused() {
    session.api(Product.COLLECTION, a);
    JsonArray many = new JsonArray();
    for (int i = 0; i < 51; i++) {
      many.add(REJECT_EVERYTHING.copy().put("name", "rule " + i));
    }

    Reply refused = control(HttpMethod.PUT, "/_sim/rules", a).jsonText(many.encode()).send();

    JsonObject error = Expect.momoError(refused, 400, "TOO_MANY_RULES");
    assertThat(error.getString("message")).contains("tenants.maxRules");
    assertThat(ruleNames(a)).doesNotContain("rule 0");
  }

  @Nested
  @MomoSimulatorTest(config = "{\"tenants\": {\"perUser\": true}}")
  class OneTenantPerUser {
    @AutoClose private final SandboxSession own;

    OneTenantPerUser(MomoSimulator simulator) {
      own = new SandboxSession(simulator);
    }

    @Test
    void everyProvisionedUserIsATenantNamedByItsId() {
      ProductApi first = own.api(Product.COLLECTION);
      ProductApi second = own.api(Product.COLLECTION);
      String tenant = first.user().id();
      own.post("/_sim/rules?tenant=" + tenant).json(REJECT_EVERYTHING).send();

      assertThat(statusOf(first, first.pay("5", PAYER))).isEqualTo("FAILED");
      assertThat(statusOf(second, second.pay("5", PAYER))).isEqualTo("SUCCESSFUL");
    }
  }

  @Nested
  @MomoSimulatorTest(config = "{\"tenants\": {\"maxTenants\": 1}}")
  class TenantCap {
    @AutoClose private final SandboxSession own;

    TenantCap(MomoSimulator simulator) {
      own = new SandboxSession(simulator);
    }

    @Test
    void oneTenantTooManyIsRefusedAsTooMany() {
      own.api(Product.COLLECTION, "first");
      String id = SandboxSession.newReference();

      Reply refused =
          own.createUserCall(Product.COLLECTION.primaryKey, id, SandboxSession.CALLBACK_HOST)
              .header("X-Momo-Sim-Tenant", "second")
              .send();

      JsonObject error = Expect.momoError(refused, 429, "TENANT_LIMIT_REACHED");
      assertThat(error.getString("message")).contains("tenants.maxTenants");
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  private HttpCall control(HttpMethod method, String path, String tenant) {
    return TenantCalls.control(session, method, path, tenant);
  }

  private static String statusOf(ProductApi api, String ref) {
    return api.statusOf(ref).getString("status");
  }

  private List<String> ruleNames(String tenant) {
    return TenantCalls.ruleNames(session, tenant);
  }

  private String mode(String tenant) {
    return TenantCalls.mode(session, tenant);
  }

  private Instant now(String tenant) {
    return TenantCalls.now(session, tenant);
  }

  private List<String> transactionRefs(String tenant) {
    return TenantCalls.transactionRefs(session, tenant);
  }

  private List<String> requestRefs(String tenant) {
    return control(HttpMethod.GET, "/_sim/requests", tenant)
        .send()
        .json()
        .getJsonArray("requests")
        .stream()
        .map(r -> ((JsonObject) r).getString("referenceId"))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  private String balanceOf(String tenant, String account) {
    JsonObject entry =
        control(HttpMethod.GET, "/_sim/accounts", tenant)
            .send()
            .json()
            .getJsonObject("accounts")
            .getJsonObject(account);
    return entry == null ? null : entry.getString("balance");
  }

  private static JsonObject find(JsonArray tenants, String id) {
    return tenants.stream()
        .map(JsonObject.class::cast)
        .filter(tenant -> tenant.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tenant " + id + " in " + tenants));
  }
}

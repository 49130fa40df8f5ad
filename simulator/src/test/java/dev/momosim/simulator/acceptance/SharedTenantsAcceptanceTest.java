package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.TenantCalls.PAYER;
import static dev.momosim.simulator.acceptance.TenantCalls.REJECT_EVERYTHING;
import static dev.momosim.simulator.acceptance.TenantCalls.control;
import static dev.momosim.simulator.acceptance.TenantCalls.mode;
import static dev.momosim.simulator.acceptance.TenantCalls.now;
import static dev.momosim.simulator.acceptance.TenantCalls.ruleNames;
import static dev.momosim.simulator.acceptance.TenantCalls.tenantIds;
import static dev.momosim.simulator.acceptance.TenantCalls.transactionRefs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.storage.postgres.LocalPostgres;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tenants on a shared simulator (docs/tenants.md): two simulators on one PostgreSQL database. A
 * tenant made through one instance is served, driven and deleted through either, and stays apart
 * from the default tenant and from every other tenant.
 */
class SharedTenantsAcceptanceTest {

  private final Vertx vertx = Vertx.vertx();
  private final List<SandboxSession> sessions = new ArrayList<>();
  private final String tenant = "job-" + UUID.randomUUID();

  @AfterEach
  void close() {
    sessions.forEach(SandboxSession::close);
    SandboxSession.await(vertx.close());
  }

  private SandboxSession start(String databaseUrl, String config) {
    MomoSimulator simulator =
        SandboxSession.await(
            MomoSimulator.start(
                vertx, SimulatorConfig.fromJson(config).withPort(0).withDatabaseUrl(databaseUrl)));
    SandboxSession session = new SandboxSession(simulator);
    sessions.add(session);
    return session;
  }

  private SandboxSession start(String databaseUrl) {
    return start(databaseUrl, "{}");
  }

  @Test
  void aTenantMadeThroughOneInstanceKeepsItsRulesForItsUsersOnEveryInstance() {
    String database = LocalPostgres.shared().newDatabase();
    SandboxSession first = start(database);
    SandboxSession second = start(database);
    ProductApi jobOnFirst = first.api(Product.COLLECTION, tenant);

    Reply added =
        control(second, HttpMethod.POST, "/_sim/rules", tenant).json(REJECT_EVERYTHING).send();

    assertThat(added.status()).as("%s", added).isEqualTo(200);
    ProductApi jobOnSecond = second.api(Product.COLLECTION, jobOnFirst.user);
    String paidOnFirst = jobOnFirst.pay("5", PAYER);
    assertThat(jobOnFirst.statusOf(paidOnFirst).getString("status")).isEqualTo("FAILED");
    assertThat(jobOnSecond.statusOf(paidOnFirst).getString("status")).isEqualTo("FAILED");
    String paidOnSecond = jobOnSecond.pay("5", PAYER);
    assertThat(jobOnFirst.statusOf(paidOnSecond).getString("status")).isEqualTo("FAILED");
    ProductApi untenanted = second.api(Product.COLLECTION);
    assertThat(untenanted.statusOf(untenanted.pay("5", PAYER)).getString("status"))
        .isEqualTo("SUCCESSFUL");
    assertThat(untenanted.status(paidOnFirst).status()).isEqualTo(404);
    assertThat(ruleNames(first, null)).doesNotContain("reject everything");
    assertThat(ruleNames(first, tenant)).startsWith("reject everything");
  }

  @Test
  void theEventStreamOfATenantOnOneInstanceShowsItsPaymentsMadeThroughTheOther() {
    String database = LocalPostgres.shared().newDatabase();
    SandboxSession first = start(database);
    SandboxSession second = start(database);
    ProductApi job = first.api(Product.COLLECTION, tenant);
    ProductApi untenanted = first.api(Product.COLLECTION);
    try (RawEventListener events = RawEventListener.readingTenant(second.port(), tenant)) {
      Awaitility.await().atMost(SandboxSession.DEADLINE).until(() -> events.status() == 200);

      String other = untenanted.pay("3", PAYER);
      String paid = job.pay("11", PAYER);

      Awaitility.await()
          .atMost(SandboxSession.DEADLINE)
          .untilAsserted(
              () ->
                  assertThat(events.events())
                      .anySatisfy(event -> assertThat(event.data()).contains(paid)));
      assertThat(events.events()).noneSatisfy(event -> assertThat(event.data()).contains(other));
    }
  }

  @Test
  void aTenantsClockApprovalModeAndResetAreItsOwnOnEveryInstance() {
    String database = LocalPostgres.shared().newDatabase();
    SandboxSession first = start(database);
    SandboxSession second = start(database);
    ProductApi beforeTheMove = first.api(Product.COLLECTION, tenant);
    Instant before = now(second, null);

    control(first, HttpMethod.POST, "/_sim/clock/advance", tenant)
        .json(new JsonObject().put("seconds", Duration.ofDays(3).toSeconds()))
        .send();
    control(second, HttpMethod.PUT, "/_sim/approval-mode", tenant)
        .json(new JsonObject().put("mode", "MANUAL"))
        .send();

    assertThat(now(second, tenant)).isAfter(before.plus(Duration.ofDays(3)));
    assertThat(now(first, null)).isBefore(before.plus(Duration.ofDays(1)));
    assertThat(mode(first, tenant)).isEqualTo("MANUAL");
    assertThat(mode(first, null)).isEqualTo("AUTO");
    // its token expired on the tenant's clock: a new one, through the other instance
    ProductApi job = second.api(Product.COLLECTION, beforeTheMove.user);
    String pending = job.pay("5", PAYER);
    assertThat(job.statusOf(pending).getString("status")).isEqualTo("PENDING");
    Reply approved =
        control(second, HttpMethod.POST, "/_sim/transactions/" + pending + "/approve", tenant)
            .send();
    assertThat(approved.status()).as("%s", approved).isEqualTo(200);
    assertThat(job.statusOf(pending).getString("status")).isEqualTo("SUCCESSFUL");

    assertThat(control(second, HttpMethod.POST, "/_sim/reset", tenant).send().status())
        .isEqualTo(200);

    assertThat(transactionRefs(first, tenant)).isEmpty();
    assertThat(mode(first, tenant)).isEqualTo("AUTO");
    assertThat(now(first, tenant)).isBefore(before.plus(Duration.ofDays(1)));
  }

  @Test
  void aTenantUsersTokensExpireOnItsTenantsClockOnEveryInstance() {
    String database = LocalPostgres.shared().newDatabase();
    SandboxSession first = start(database);
    SandboxSession second = start(database);
    ProductApi job = first.api(Product.COLLECTION, tenant);
    ProductApi untenanted = first.api(Product.COLLECTION);

    control(second, HttpMethod.POST, "/_sim/clock/advance", tenant)
        .json(new JsonObject().put("seconds", Duration.ofHours(2).toSeconds()))
        .send();

    // the token was issued by the first instance; the second checks it on the tenant's clock
    ProductApi sameTokenOnSecond =
        new ProductApi(
            second, Product.COLLECTION, Product.COLLECTION.primaryKey, job.token, job.user);
    assertThat(sameTokenOnSecond.status(SandboxSession.newReference()).status()).isEqualTo(401);
    assertThat(untenanted.status(SandboxSession.newReference()).status()).isEqualTo(404);
  }

  @Test
  void aTenantDeletedThroughOneInstanceIsGoneOnTheOther() {
    String database = LocalPostgres.shared().newDatabase();
    SandboxSession first = start(database);
    SandboxSession second = start(database);
    ProductApi job = first.api(Product.COLLECTION, tenant);
    String paid = job.pay("5", PAYER);
    ProductApi jobOnSecond = second.api(Product.COLLECTION, job.user);
    assertThat(jobOnSecond.statusOf(paid).getString("status")).isEqualTo("SUCCESSFUL");

    Reply deleted = control(first, HttpMethod.DELETE, "/_sim/tenants/" + tenant, null).send();

    assertThat(deleted.status()).as("%s", deleted).isEqualTo(200);
    Expect.momoError(
        control(second, HttpMethod.GET, "/_sim/rules", tenant).send(), 404, "TENANT_NOT_FOUND");
    assertThat(jobOnSecond.status(paid).status()).isEqualTo(401);
    assertThat(tenantIds(second)).doesNotContain(tenant);
    Expect.momoError(
        control(second, HttpMethod.DELETE, "/_sim/tenants/" + tenant, null).send(),
        404,
        "TENANT_NOT_FOUND");

    // made again under the same id, it starts empty
    ProductApi again = second.api(Product.COLLECTION, tenant);
    assertThat(again.status(paid).status()).isEqualTo(404);
    assertThat(transactionRefs(first, tenant)).isEmpty();
  }

  @Test
  void theCapOnTenantsHoldsAcrossInstances() {
    String database = LocalPostgres.shared().newDatabase();
    String capped = "{\"tenants\": {\"maxTenants\": 2}}";
    SandboxSession first = start(database, capped);
    SandboxSession second = start(database, capped);

    assertThat(first.call(HttpMethod.PUT, "/_sim/tenants/one").send().status()).isEqualTo(200);
    assertThat(second.call(HttpMethod.PUT, "/_sim/tenants/two").send().status()).isEqualTo(200);
    Reply refused = first.call(HttpMethod.PUT, "/_sim/tenants/three").send();

    Expect.momoError(refused, 429, "TENANT_LIMIT_REACHED");
    assertThat(second.call(HttpMethod.PUT, "/_sim/tenants/one").send().status())
        .as("an existing tenant is no new one")
        .isEqualTo(200);
    assertThat(tenantIds(second)).containsExactly("default", "one", "two");
  }

  @Test
  void oneTenantMadeThroughBothInstancesAtOnceIsOneTenant() throws Exception {
    String database = LocalPostgres.shared().newDatabase();
    SandboxSession first = start(database);
    SandboxSession second = start(database);

    CompletableFuture<Reply> throughFirst =
        CompletableFuture.supplyAsync(
            () -> first.call(HttpMethod.PUT, "/_sim/tenants/" + tenant).send());
    CompletableFuture<Reply> throughSecond =
        CompletableFuture.supplyAsync(
            () -> second.call(HttpMethod.PUT, "/_sim/tenants/" + tenant).send());

    assertThat(throughFirst.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    assertThat(throughSecond.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    control(first, HttpMethod.POST, "/_sim/rules", tenant).json(REJECT_EVERYTHING).send();
    assertThat(ruleNames(second, tenant)).startsWith("reject everything");
    assertThat(tenantIds(first)).containsExactly("default", tenant);
  }
}

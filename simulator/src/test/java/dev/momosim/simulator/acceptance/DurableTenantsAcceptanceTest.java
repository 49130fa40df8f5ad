package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static dev.momosim.simulator.acceptance.TenantCalls.PAYER;
import static dev.momosim.simulator.acceptance.TenantCalls.control;
import static dev.momosim.simulator.acceptance.TenantCalls.now;
import static dev.momosim.simulator.acceptance.TenantCalls.tenantIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tenants with a data directory (docs/tenants.md): each keeps its state under {@code tenants/} of
 * the data directory, so a restart finds every tenant with its users, rules, clock and payments.
 */
class DurableTenantsAcceptanceTest {
  private static final String TENANT = "job-a";

  @TempDir Path data;
  private final Vertx vertx = Vertx.vertx();
  private final List<SandboxSession> sessions = new ArrayList<>();
  private MomoSimulator simulator;

  @AfterEach
  void close() {
    sessions.forEach(SandboxSession::close);
    if (simulator != null) {
      await(simulator.close());
    }
    await(vertx.close());
  }

  private SandboxSession start() {
    simulator =
        await(MomoSimulator.start(vertx, SimulatorConfig.defaults().withPort(0).withDataDir(data)));
    SandboxSession session = new SandboxSession(simulator);
    sessions.add(session);
    return session;
  }

  private SandboxSession restart() {
    await(simulator.close());
    simulator = null;
    return start();
  }

  @Test
  void aTenantKeepsItsUsersRulesClockAndPaymentsAcrossARestart() {
    SandboxSession before = start();
    ProductApi job = before.api(Product.COLLECTION, TENANT);
    control(before, HttpMethod.POST, "/_sim/rules", TENANT)
        .json(
            new JsonObject()
                .put("name", "reject everything")
                .put(
                    "outcome",
                    new JsonObject().put("status", "FAILED").put("reason", "APPROVAL_REJECTED")))
        .send();
    control(before, HttpMethod.POST, "/_sim/clock/freeze", TENANT).send();
    control(before, HttpMethod.POST, "/_sim/clock/advance", TENANT)
        .json(new JsonObject().put("seconds", Duration.ofDays(2).toSeconds()))
        .send();
    Instant tenantNow = now(before, TENANT);
    job = before.api(Product.COLLECTION, job.user); // its token expired on the tenant's clock
    String paid = job.pay("5", PAYER);
    assertThat(job.statusOf(paid).getString("status")).isEqualTo("FAILED");
    assertThat(data.resolve("tenants").resolve(TENANT)).isDirectory();

    SandboxSession after = restart();

    ProductApi again = after.api(Product.COLLECTION, job.user); // its key still works
    assertThat(again.statusOf(paid).getString("status")).isEqualTo("FAILED");
    assertThat(now(after, TENANT)).isEqualTo(tenantNow);
    assertThat(now(after, null)).isBefore(tenantNow.minus(Duration.ofDays(1)));
    assertThat(again.statusOf(again.pay("5", PAYER)).getString("status")).isEqualTo("FAILED");
    ProductApi untenanted = after.api(Product.COLLECTION);
    assertThat(untenanted.status(paid).status()).isEqualTo(404);
    assertThat(tenantIds(after)).containsExactly("default", TENANT);
  }

  @Test
  void aDeletedTenantLeavesNothingBehindForTheNextStart() {
    SandboxSession before = start();
    ProductApi job = before.api(Product.COLLECTION, TENANT);
    job.pay("5", PAYER);

    Reply deleted = before.call(HttpMethod.DELETE, "/_sim/tenants/" + TENANT).send();

    assertThat(deleted.status()).as("%s", deleted).isEqualTo(200);
    assertThat(Files.exists(data.resolve("tenants").resolve(TENANT))).isFalse();
    SandboxSession after = restart();
    assertThat(tenantIds(after)).containsExactly("default");
    Expect.loginFailed(
        after
            .tokenCall(Product.COLLECTION, Product.COLLECTION.primaryKey, job.user.basic())
            .send());
  }

  @Test
  void aTenantMadeWhereADeletionWasCutShortStartsEmpty() throws Exception {
    Path leftOver = data.resolve("tenants").resolve("job-b").resolve("state");
    Files.createDirectories(leftOver);
    Files.writeString(leftOver.resolve("left-over"), "what a cut-short deletion left");
    SandboxSession session = start();
    assertThat(tenantIds(session)).containsExactly("default");

    Reply made = session.call(HttpMethod.PUT, "/_sim/tenants/job-b").send();

    assertThat(made.status()).as("%s", made).isEqualTo(200);
    assertThat(made.json().getLong("transactions")).isZero();
    assertThat(leftOver.resolve("left-over")).doesNotExist();
    assertThat(tenantIds(session)).containsExactly("default", "job-b");
  }
}

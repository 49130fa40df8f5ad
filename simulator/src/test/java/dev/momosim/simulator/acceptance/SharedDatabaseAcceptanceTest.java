package dev.momosim.simulator.acceptance;

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
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, in one JVM: two simulators started on one PostgreSQL database answer as one. (Several
 * processes, {@code kill -9} and the contract suite across three instances: the CLI's
 * SharedSimulatorAcceptanceTest and {@code .ci/run}.)
 */
class SharedDatabaseAcceptanceTest {
  private static final String SLOW_PAYER = "256700000777";

  private final Vertx vertx = Vertx.vertx();
  private final List<SandboxSession> sessions = new ArrayList<>();

  @AfterEach
  void close() {
    sessions.forEach(SandboxSession::close);
    SandboxSession.await(vertx.close());
  }

  private SandboxSession start(String databaseUrl) {
    MomoSimulator simulator =
        SandboxSession.await(
            MomoSimulator.start(
                vertx,
                SimulatorConfig.fromJson(
                        """
                        {"rules": [{"match": {"partyId": "%s"},
                                    "outcome": {"status": "SUCCESSFUL", "delaySeconds": 30}}]}"""
                            .formatted(SLOW_PAYER))
                    .withPort(0)
                    .withDatabaseUrl(databaseUrl)));
    SandboxSession session = new SandboxSession(simulator);
    sessions.add(session);
    return session;
  }

  @Test
  void aPaymentAcceptedByOneInstanceIsFoundAndApprovedThroughTheOther() {
    String database = LocalPostgres.shared().newDatabase();
    SandboxSession first = start(database);
    SandboxSession second = start(database);
    first
        .call(HttpMethod.PUT, "/_sim/approval-mode")
        .json(new JsonObject().put("mode", "MANUAL"))
        .send();
    ProductApi onFirst = first.api(Product.COLLECTION);
    String reference = onFirst.pay("25", "256770000123");

    Reply approved = second.post("/_sim/transactions/" + reference + "/approve").send();

    assertThat(approved.status()).as("%s", approved).isEqualTo(200);
    assertThat(onFirst.statusOf(reference).getString("status")).isEqualTo("SUCCESSFUL");
    ProductApi onSecond = second.api(Product.COLLECTION, onFirst.user);
    assertThat(onSecond.statusOf(reference).getString("status")).isEqualTo("SUCCESSFUL");
  }

  @Test
  void theEventStreamOfOneInstanceShowsAPaymentMadeThroughTheOther() {
    String database = LocalPostgres.shared().newDatabase();
    SandboxSession first = start(database);
    SandboxSession second = start(database);
    try (RawEventListener events = RawEventListener.reading(second.port())) {
      Awaitility.await().atMost(SandboxSession.DEADLINE).until(() -> events.status() == 200);
      ProductApi onFirst = first.api(Product.COLLECTION);

      String reference = onFirst.pay("11", "256770000126");

      Awaitility.await()
          .atMost(SandboxSession.DEADLINE)
          .untilAsserted(
              () ->
                  assertThat(events.events())
                      .anySatisfy(
                          event -> {
                            assertThat(event.type()).isEqualTo("transaction");
                            assertThat(event.data()).contains(reference);
                          }));
    }
  }

  @Test
  void aReferenceIdTakenThroughOneInstanceIsAConflictThroughTheOther() {
    String database = LocalPostgres.shared().newDatabase();
    SandboxSession first = start(database);
    SandboxSession second = start(database);
    ProductApi onFirst = first.api(Product.COLLECTION);
    ProductApi onSecond = second.api(Product.COLLECTION, onFirst.user);
    String reference = SandboxSession.newReference();

    Reply accepted =
        onFirst.create(reference, Payments.of(Product.COLLECTION, "5", "256770000124"));
    Reply again = onSecond.create(reference, Payments.of(Product.COLLECTION, "5", "256770000124"));

    assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
    assertThat(again.status()).as("%s", again).isEqualTo(409);
    assertThat(again.json().getString("code")).isEqualTo("RESOURCE_ALREADY_EXIST");
  }

  @Test
  void theClockMovedThroughOneInstanceIsTheOthersClockAndSettlesWhatItMadeDue() {
    String database = LocalPostgres.shared().newDatabase();
    SandboxSession first = start(database);
    SandboxSession second = start(database);
    Instant frozen = first.freezeClock();
    ProductApi onFirst = first.api(Product.COLLECTION);
    String reference = onFirst.pay("7", SLOW_PAYER);
    assertThat(onFirst.statusOf(reference).getString("status")).isEqualTo("PENDING");

    second.advance(Duration.ofSeconds(31));

    assertThat(first.get("/_sim/clock").send().json().getString("now"))
        .isEqualTo(frozen.plusSeconds(31).toString());
    // Either instance may be the one settling it (the other's look skips a job being worked on).
    Awaitility.await()
        .atMost(SandboxSession.DEADLINE)
        .untilAsserted(
            () ->
                assertThat(onFirst.statusOf(reference).getString("status"))
                    .isEqualTo("SUCCESSFUL"));
  }

  @Test
  void workScheduledByAnInstanceThatStoppedIsDoneByTheOther() {
    String database = LocalPostgres.shared().newDatabase();
    SandboxSession first = start(database);
    SandboxSession second = start(database);
    ProductApi onFirst = first.api(Product.COLLECTION);
    first.freezeClock();
    String reference = onFirst.pay("9", SLOW_PAYER);
    SandboxSession.await(first.simulator().close());

    second.advance(Duration.ofSeconds(31));

    Awaitility.await()
        .atMost(SandboxSession.DEADLINE)
        .untilAsserted(
            () -> {
              Reply found = second.get("/_sim/transactions/" + reference).send();
              assertThat(found.json().getString("status")).as("%s", found).isEqualTo("SUCCESSFUL");
            });
  }

  @Test
  void whileTheDatabaseIsDownRequestsAre503AndTheSimulatorRecoversByItself() {
    LocalPostgres own = LocalPostgres.dedicated();
    SandboxSession session = start(own.newDatabase());
    ProductApi api = session.api(Product.COLLECTION);
    String before = api.pay("3", "256770000125");
    assertThat(session.get("/_sim/health").send().json().getJsonObject("database"))
        .isEqualTo(new JsonObject().put("reachable", true));

    own.stopServer();
    try {
      Reply down = api.status(before);
      assertThat(down.status()).as("%s", down).isEqualTo(503);
      assertThat(down.json().getString("code")).isEqualTo("SERVICE_UNAVAILABLE");
      Reply health = session.get("/_sim/health").send();
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json().getString("status")).isEqualTo("DOWN");
    } finally {
      own.startServer();
    }

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(api.status(before).status()).isEqualTo(200));
    assertThat(api.statusOf(before).getString("status")).isEqualTo("SUCCESSFUL");
  }
}

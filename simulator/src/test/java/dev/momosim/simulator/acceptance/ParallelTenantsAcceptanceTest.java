package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TransactionFilter;
import dev.momosim.simulator.control.TransactionView;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.MomoSimulatorTest.Lifecycle;
import dev.momosim.simulator.junit5.SimulatorTenant;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Twenty test classes at once on one simulator, each in its own tenant (docs/tenants.md): each
 * changes its rules, clock and approval mode, pays, and finds only its own changes and payments.
 * They all wait until all twenty have started, so they cannot pass by running one after another.
 */
@Execution(ExecutionMode.CONCURRENT)
class ParallelTenantsAcceptanceTest {
  private static final int JOBS = 20;
  private static final CountDownLatch ALL_STARTED = new CountDownLatch(JOBS);
  private static final String SHARED_PAYER = "256770000777";
  private static final List<String> REASONS =
      List.of("APPROVAL_REJECTED", "PAYER_NOT_FOUND", "NOT_ALLOWED", "EXPIRED");

  /** One CI job: a test class with its own tenant, doing what a job does to the simulator. */
  @MomoSimulatorTest(lifecycle = Lifecycle.TENANT_PER_CLASS)
  @Execution(ExecutionMode.CONCURRENT)
  abstract static class Job {
    @AutoClose private final SandboxSession session;
    private final String tenant;
    private final SimulatorControl control;
    private final int number;

    Job(MomoSimulator simulator, String tenant, SimulatorControl control, int number) {
      this.session = new SandboxSession(simulator);
      this.tenant = tenant;
      this.control = control;
      this.number = number;
    }

    @Test
    void seesOnlyItsOwnRulesClockModeAndPayments() throws InterruptedException {
      ProductApi api = session.api(Product.COLLECTION, tenant);
      String reason = REASONS.get(number % REASONS.size());
      boolean manual = number % 2 == 0;
      Instant started = Instant.now();
      ALL_STARTED.countDown();
      assertThat(ALL_STARTED.await(60, TimeUnit.SECONDS))
          .as("all %d jobs running at once", JOBS)
          .isTrue();

      List<String> paid = new ArrayList<>();
      for (int round = 1; round <= 3; round++) {
        post("/_sim/rules", rule(round, reason));
        put("/_sim/approval-mode", new JsonObject().put("mode", manual ? "MANUAL" : "AUTO"));
        post("/_sim/clock/advance", new JsonObject().put("seconds", number * 3600L));
        api = session.api(Product.COLLECTION, tenant); // its clock expired the last token
        paid.add(api.pay(amount(round), SHARED_PAYER)); // this job's rule for this round
        paid.add(api.pay("1", SHARED_PAYER)); // no rule of this job: its approval mode decides
      }

      assertThat(ruleNames().subList(0, 3)).containsExactly(name(3), name(2), name(1));
      assertThat(ruleNames())
          .noneMatch(rule -> rule.startsWith("job ") && !rule.startsWith(prefix()));
      assertThat(await(control.approvalMode()).name()).isEqualTo(manual ? "MANUAL" : "AUTO");
      Instant now = await(control.now());
      Duration moved = Duration.ofHours(3L * number);
      assertThat(now).isAfterOrEqualTo(started.plus(moved));
      assertThat(now).isBefore(Instant.now().plus(moved).plusSeconds(60));
      List<TransactionView> kept =
          await(control.transactionPage(TransactionFilter.fromQuery(null, null, null, "100", null)))
              .items();
      assertThat(kept)
          .extracting(TransactionView::referenceId)
          .containsExactlyInAnyOrderElementsOf(paid);
      for (int round = 1; round <= 3; round++) {
        JsonObject ruled = api.statusOf(paid.get(2 * (round - 1)));
        assertThat(ruled.getString("status")).isEqualTo("FAILED");
        assertThat(ruled.getString("reason")).isEqualTo(reason);
        JsonObject decidedByMode = api.statusOf(paid.get(2 * (round - 1) + 1));
        if (!manual) {
          assertThat(decidedByMode.getString("status")).isEqualTo("SUCCESSFUL");
        } else if (round < 3) {
          // this job's own clock moved an hour or more since: its approval window ended
          assertThat(decidedByMode.getString("status")).isEqualTo("FAILED");
          assertThat(decidedByMode.getString("reason")).isEqualTo("EXPIRED");
        } else {
          assertThat(decidedByMode.getString("status")).isEqualTo("PENDING");
        }
      }
      JsonObject wallet =
          session
              .get("/_sim/accounts?tenant=" + tenant)
              .send()
              .json()
              .getJsonObject("accounts")
              .getJsonObject("MSISDN:" + SHARED_PAYER);
      if (manual) {
        assertThat(wallet).as("no payment of this job moved money").isNull();
      } else {
        assertThat(wallet.getString("balance"))
            .as("only this job's three payments moved money")
            .isEqualTo("999997");
      }
    }

    private String prefix() {
      return "job " + number + " ";
    }

    private String name(int round) {
      return prefix() + "round " + round;
    }

    private String amount(int round) {
      return String.valueOf(100 * number + round);
    }

    private JsonObject rule(int round, String reason) {
      return new JsonObject()
          .put("name", name(round))
          .put("match", new JsonObject().put("amount", amount(round)))
          .put("outcome", new JsonObject().put("status", "FAILED").put("reason", reason));
    }

    private List<String> ruleNames() {
      return await(control.rules()).stream().map(rule -> rule.name()).toList();
    }

    private void post(String path, JsonObject body) {
      send(HttpMethod.POST, path, body);
    }

    private void put(String path, JsonObject body) {
      send(HttpMethod.PUT, path, body);
    }

    private void send(HttpMethod method, String path, JsonObject body) {
      Reply reply = session.call(method, path + "?tenant=" + tenant).json(body).send();
      assertThat(reply.status()).as("%s %s: %s", method, path, reply).isEqualTo(200);
    }
  }

  // The twenty classes. Each is its own test class with its own tenant of the one simulator.

  @Nested
  class Job1 extends Job {
    Job1(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 1);
    }
  }

  @Nested
  class Job2 extends Job {
    Job2(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 2);
    }
  }

  @Nested
  class Job3 extends Job {
    Job3(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 3);
    }
  }

  @Nested
  class Job4 extends Job {
    Job4(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 4);
    }
  }

  @Nested
  class Job5 extends Job {
    Job5(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 5);
    }
  }

  @Nested
  class Job6 extends Job {
    Job6(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 6);
    }
  }

  @Nested
  class Job7 extends Job {
    Job7(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 7);
    }
  }

  @Nested
  class Job8 extends Job {
    Job8(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 8);
    }
  }

  @Nested
  class Job9 extends Job {
    Job9(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 9);
    }
  }

  @Nested
  class Job10 extends Job {
    Job10(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 10);
    }
  }

  @Nested
  class Job11 extends Job {
    Job11(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 11);
    }
  }

  @Nested
  class Job12 extends Job {
    Job12(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 12);
    }
  }

  @Nested
  class Job13 extends Job {
    Job13(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 13);
    }
  }

  @Nested
  class Job14 extends Job {
    Job14(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 14);
    }
  }

  @Nested
  class Job15 extends Job {
    Job15(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 15);
    }
  }

  @Nested
  class Job16 extends Job {
    Job16(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 16);
    }
  }

  @Nested
  class Job17 extends Job {
    Job17(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 17);
    }
  }

  @Nested
  class Job18 extends Job {
    Job18(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 18);
    }
  }

  @Nested
  class Job19 extends Job {
    Job19(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 19);
    }
  }

  @Nested
  class Job20 extends Job {
    Job20(MomoSimulator s, @SimulatorTenant String t, SimulatorControl c) {
      super(s, t, c, 20);
    }
  }
}

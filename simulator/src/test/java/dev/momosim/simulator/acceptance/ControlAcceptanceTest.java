package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The in-process control handle: the injectable clock and reset. */
@MomoSimulatorTest
class ControlAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  ControlAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  @Test
  void holdsAFrozenClockStillAndMovesItOnlyWhenAdvanced() {
    Instant frozen = sim.freezeClock();

    assertThat(SandboxSession.await(sim.control().now())).isEqualTo(frozen);
    assertThat(sim.advance(Duration.ofSeconds(90))).isEqualTo(frozen.plusSeconds(90));
    assertThat(SandboxSession.await(sim.control().now())).isEqualTo(frozen.plusSeconds(90));
  }

  @Test
  void setsTheClockToAGivenInstant() {
    Instant target = Instant.parse("2030-01-02T03:04:05Z");
    Instant setAt = Instant.now();

    Instant answered = SandboxSession.await(sim.control().setClock(target));
    Instant read = SandboxSession.await(sim.control().now());

    // From the target on, the clock runs on with real time: never more than has passed here.
    Instant latest = target.plus(Duration.between(setAt, Instant.now()));
    assertThat(answered).isBetween(target, latest);
    assertThat(read).isBetween(answered, latest);
  }

  @Test
  void followsRealTimeUntilFrozen() {
    Instant before = Instant.now();
    Instant now = SandboxSession.await(sim.control().now());
    Instant after = Instant.now();

    assertThat(now).isBetween(before, after);
  }

  @Test
  void resetForgetsPaymentsAndRestoresTheConfiguredBalances() {
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    String paid = collection.pay("10", "256774290781");
    String sent = disbursement.pay("10", "256774290781");

    SandboxSession.await(sim.control().reset());

    ProductApi collectionAfter = sim.api(Product.COLLECTION);
    ProductApi disbursementAfter = sim.api(Product.DISBURSEMENT);
    Expect.notFound(collectionAfter.status(paid));
    Expect.notFound(disbursementAfter.status(sent));
    assertThat(collectionAfter.balanceAmount()).isEqualByComparingTo("0");
    assertThat(disbursementAfter.balanceAmount()).isEqualByComparingTo("1000000");
    Expect.accepted(
        collectionAfter.create(paid, Payments.of(Product.COLLECTION, "1", "256774290781")));
  }
}

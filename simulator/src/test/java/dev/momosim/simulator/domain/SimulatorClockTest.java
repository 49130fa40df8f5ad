package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatorClockTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private final MutableTestClock real = new MutableTestClock(START);
  private final SimulatorClock clock = new SimulatorClock(real);

  @Test
  void followsTheBaseClockByDefault() {
    real.tick(Duration.ofSeconds(5));
    assertThat(clock.now()).isEqualTo(START.plusSeconds(5));
    assertThat(clock.isFrozen()).isFalse();
  }

  @Test
  void advancingShiftsTimeAndKeepsFollowingTheBaseClock() {
    clock.advance(Duration.ofMinutes(3));
    real.tick(Duration.ofSeconds(1));
    assertThat(clock.now()).isEqualTo(START.plusSeconds(181));
  }

  @Test
  void aFrozenClockStandsStillUntilAdvancedOrResumed() {
    clock.freeze();
    real.tick(Duration.ofSeconds(10));
    assertThat(clock.now()).isEqualTo(START);
    clock.advance(Duration.ofSeconds(30));
    assertThat(clock.now()).isEqualTo(START.plusSeconds(30));
    clock.resume();
    real.tick(Duration.ofSeconds(2));
    assertThat(clock.now()).isEqualTo(START.plusSeconds(32));
  }

  @Test
  void settingJumpsToTheInstantAndResetReturnsToRealTime() {
    Instant target = Instant.parse("2030-06-01T12:00:00Z");
    clock.set(target);
    assertThat(clock.now()).isEqualTo(target);
    clock.reset();
    assertThat(clock.now()).isEqualTo(START);
  }

  @Test
  void isSetOnlyWithinTheYears1970To9999() {
    clock.set(SimulatorClock.EARLIEST);
    assertThat(clock.now()).isEqualTo(SimulatorClock.EARLIEST);
    clock.set(SimulatorClock.LATEST);
    assertThat(clock.now()).isEqualTo(SimulatorClock.LATEST);

    for (Instant outside :
        new Instant[] {
          Instant.parse("1969-12-31T23:59:59.999Z"),
          Instant.parse("+10000-01-01T00:00:00Z"),
          Instant.MAX,
          Instant.MIN
        }) {
      assertThatThrownBy(() -> clock.set(outside))
          .as(outside.toString())
          .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(400))
          .hasMessageContaining("1970-01-01T00:00:00Z")
          .hasMessageContaining("9999-12-31T23:59:59Z");
    }
    assertThat(clock.now()).isEqualTo(SimulatorClock.LATEST);
  }

  @Test
  void refusesToAdvancePastTheYear9999AndStaysWhereItWas() {
    clock.freeze();
    clock.set(SimulatorClock.LATEST.minusSeconds(60));

    assertThat(clock.advance(Duration.ofSeconds(60))).isEqualTo(SimulatorClock.LATEST);
    assertThatThrownBy(() -> clock.advance(Duration.ofMillis(1)))
        .isInstanceOf(MomoException.class)
        .hasMessageContaining("9999-12-31T23:59:59Z");
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(MomoException.class);
    assertThat(clock.now()).isEqualTo(SimulatorClock.LATEST);
  }

  @Test
  void refusesToAdvanceARunningClockPastTheYear9999() {
    clock.set(SimulatorClock.LATEST.minusSeconds(10));
    real.tick(Duration.ofSeconds(5));

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(6)))
        .isInstanceOf(MomoException.class);
    assertThat(clock.advance(Duration.ofSeconds(5))).isEqualTo(SimulatorClock.LATEST);
  }

  @Test
  void refusesToAdvanceBackwards() {
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final Scheduler scheduler = new Scheduler();
  private final List<String> ran = new ArrayList<>();

  @Test
  void runsOnlyWhatIsDueInDueOrder() {
    scheduler.schedule(T0.plusSeconds(20), () -> ran.add("second"));
    scheduler.schedule(T0.plusSeconds(10), () -> ran.add("first"));
    scheduler.schedule(T0.plusSeconds(30), () -> ran.add("later"));

    assertThat(scheduler.runDue(T0.plusSeconds(25))).isEqualTo(2);
    assertThat(ran).containsExactly("first", "second");
    assertThat(scheduler.nextDue()).contains(T0.plusSeconds(30));
  }

  @Test
  void jobsDueAtTheSameInstantRunInTheOrderTheyWereScheduled() {
    scheduler.schedule(T0, () -> ran.add("a"));
    scheduler.schedule(T0, () -> ran.add("b"));
    scheduler.runDue(T0);
    assertThat(ran).containsExactly("a", "b");
  }

  @Test
  void runsJobsThatDueJobsScheduleForTheSameTime() {
    scheduler.schedule(T0, () -> scheduler.schedule(T0.plusSeconds(1), () -> ran.add("follow-up")));
    scheduler.runDue(T0.plusSeconds(5));
    assertThat(ran).containsExactly("follow-up");
  }

  @Test
  void tellsTheListenerWhenAJobBecomesFirstInLine() {
    List<Instant> earliest = new ArrayList<>();
    scheduler.onEarliestChanged(earliest::add);
    scheduler.schedule(T0.plusSeconds(10), () -> {});
    scheduler.schedule(T0.plusSeconds(20), () -> {});
    scheduler.schedule(T0.plusSeconds(5), () -> {});
    assertThat(earliest).containsExactly(T0.plusSeconds(10), T0.plusSeconds(5));
  }
}

package dev.momosim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoalescerTest {
  private final List<Promise<Integer>> runs = new ArrayList<>();
  private final Coalescer<Integer> coalescer =
      new Coalescer<>(
          () -> {
            Promise<Integer> run = Promise.promise();
            runs.add(run);
            return run.future();
          });

  @Test
  void aCallerArrivingWhileARunIsUnderWayWaitsForTheNextRunNotTheCurrentOne() {
    Future<Integer> first = coalescer.run();
    Future<Integer> second = coalescer.run();

    runs.get(0).complete(1);

    assertThat(first.result()).isEqualTo(1);
    assertThat(second.isComplete()).as("answered by a run that began before it").isFalse();
    assertThat(runs).hasSize(2);
    runs.get(1).complete(2);
    assertThat(second.result()).isEqualTo(2);
  }

  @Test
  void everyoneArrivingDuringOneRunSharesTheNext() {
    coalescer.run();
    Future<Integer> a = coalescer.run();
    Future<Integer> b = coalescer.run();
    Future<Integer> c = coalescer.run();

    runs.get(0).complete(1);
    runs.get(1).complete(2);

    assertThat(runs).hasSize(2);
    assertThat(List.of(a.result(), b.result(), c.result())).containsOnly(2);
  }

  @Test
  void aFailedRunFailsItsCallersAndTheNextCallerStartsAFreshRun() {
    Future<Integer> failed = coalescer.run();
    runs.get(0).fail(new IllegalStateException("database away"));

    Future<Integer> later = coalescer.run();
    runs.get(1).complete(3);

    assertThat(failed.cause()).hasMessage("database away");
    assertThat(later.result()).isEqualTo(3);
  }

  @Test
  void workThatThrowsFailsTheRunInsteadOfTheCaller() {
    Coalescer<Integer> throwing =
        new Coalescer<>(
            () -> {
              throw new IllegalStateException("thrown");
            });

    assertThat(throwing.run().cause()).hasMessage("thrown");
    assertThat(throwing.run().cause()).hasMessage("thrown");
  }
}

package dev.momosim.simulator.junit5;

import static dev.momosim.simulator.junit5.SandboxCalls.await;
import static dev.momosim.simulator.junit5.SandboxCalls.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.control.ControlException;
import dev.momosim.simulator.control.HttpSimulatorControl;
import dev.momosim.simulator.control.TransactionFilter;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** A new simulator for each test; the previous one is stopped when its test ends. */
@ExtendWith(VertxExtension.class)
@MomoSimulatorTest(lifecycle = MomoSimulatorTest.Lifecycle.PER_TEST)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerTestLifecycleTest {
  private final List<MomoSimulator> earlierSimulators = new ArrayList<>();
  private MomoSimulator givenToBeforeEach;

  @BeforeEach
  void rememberTheSimulator(MomoSimulator simulator) {
    givenToBeforeEach = simulator;
  }

  @RepeatedTest(3)
  void everyTestGetsAFreshSimulatorAndTheLastOneIsStopped(Vertx vertx, MomoSimulator simulator) {
    assertThat(simulator).isSameAs(givenToBeforeEach);
    assertThat(earlierSimulators).doesNotContain(simulator);
    assertThat(await(simulator.control().transactions(TransactionFilter.ALL))).isEmpty();
    if (!earlierSimulators.isEmpty()) {
      MomoSimulator previous = earlierSimulators.get(earlierSimulators.size() - 1);
      try (HttpSimulatorControl stopped = new HttpSimulatorControl(vertx, previous.baseUrl())) {
        assertThat(failure(stopped.clock()))
            .isInstanceOfSatisfying(
                ControlException.class,
                refused -> assertThat(refused.code()).isEqualTo("UNREACHABLE"));
      }
    }

    try (SandboxCalls api = new SandboxCalls(vertx, simulator)) {
      api.requestToPay();
    }
    earlierSimulators.add(simulator);
  }
}

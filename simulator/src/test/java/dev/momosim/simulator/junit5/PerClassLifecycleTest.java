package dev.momosim.simulator.junit5;

import static dev.momosim.simulator.junit5.SandboxCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.control.RequestFilter;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TransactionFilter;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One simulator for the class, reset before each test. The repetitions each change the simulator
 * and each find it back in its configured state, whatever order they run in.
 */
@ExtendWith(VertxExtension.class)
@MomoSimulatorTest(config = "{\"approval\":{\"mode\":\"MANUAL\"}}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerClassLifecycleTest {
  private final String urlGivenToTheConstructor;
  private final List<String> urlsSeen = new ArrayList<>();
  private String urlGivenToBeforeAll;

  PerClassLifecycleTest(@SimulatorUrl String baseUrl) {
    this.urlGivenToTheConstructor = baseUrl;
  }

  @BeforeAll
  void rememberTheSimulator(MomoSimulator simulator) {
    urlGivenToBeforeAll = simulator.baseUrl();
  }

  @RepeatedTest(3)
  void everyTestStartsFromTheConfiguredStateOfTheSameSimulator(
      Vertx vertx, MomoSimulator simulator, SimulatorControl control) {
    assertThat(simulator.baseUrl())
        .isEqualTo(urlGivenToTheConstructor)
        .isEqualTo(urlGivenToBeforeAll);
    assertThat(await(control.transactions(TransactionFilter.ALL))).isEmpty();
    assertThat(await(control.approvalMode())).isEqualTo(ApprovalMode.MANUAL);
    assertThat(await(control.clock()).frozen()).isFalse();
    assertThat(await(control.requests(RequestFilter.ALL))).isEmpty();

    try (SandboxCalls api = new SandboxCalls(vertx, simulator)) {
      api.requestToPay();
    }
    await(control.setApprovalMode(ApprovalMode.AUTO));
    await(control.freezeClock());
    await(control.advanceClock(Duration.ofMinutes(1)));
    assertThat(await(control.transactions(TransactionFilter.pending()))).hasSize(1);
    urlsSeen.add(simulator.baseUrl());
    assertThat(urlsSeen).containsOnly(urlGivenToTheConstructor);
  }

  @Test
  void runsOnAFreePortOnTheLoopbackAddress(MomoSimulator simulator, @SimulatorUrl String baseUrl) {
    assertThat(simulator.port()).isPositive().isNotEqualTo(8080);
    assertThat(baseUrl).isEqualTo("http://127.0.0.1:" + simulator.port());
  }

  @Nested
  class NestedClassWithoutItsOwnAnnotation {
    @Test
    void sharesTheEnclosingClassSimulatorResetBeforeTheTest(
        MomoSimulator simulator, SimulatorControl control) {
      assertThat(simulator.baseUrl()).isEqualTo(urlGivenToTheConstructor);
      assertThat(await(control.transactions(TransactionFilter.ALL))).isEmpty();
    }
  }

  @Nested
  @MomoSimulatorTest(config = "{\"approval\":{\"mode\":\"AUTO\"}}")
  class NestedClassWithItsOwnAnnotation {
    @Test
    void getsItsOwnSimulatorWithItsOwnConfig(MomoSimulator simulator, SimulatorControl control) {
      assertThat(simulator.baseUrl()).isNotEqualTo(urlGivenToTheConstructor);
      assertThat(await(control.approvalMode())).isEqualTo(ApprovalMode.AUTO);
    }
  }
}

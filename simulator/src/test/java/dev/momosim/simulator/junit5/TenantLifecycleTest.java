package dev.momosim.simulator.junit5;

import static dev.momosim.simulator.junit5.SandboxCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TenantView;
import dev.momosim.simulator.control.TransactionFilter;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tenant lifecycles: one shared simulator, a fresh tenant per class or per test. */
@ExtendWith(VertxExtension.class)
class TenantLifecycleTest {
  private static final List<MomoSimulator> SIMULATORS =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  @Nested
  @MomoSimulatorTest(lifecycle = MomoSimulatorTest.Lifecycle.TENANT_PER_TEST)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class PerTest {
    private final List<String> earlierTenants = new ArrayList<>();

    @RepeatedTest(3)
    void everyTestGetsAFreshTenantWhoseUsersPayInIt(
        Vertx vertx,
        MomoSimulator simulator,
        @SimulatorTenant String tenant,
        SimulatorControl control,
        SandboxCredentials credentials) {
      SIMULATORS.add(simulator);
      assertThat(tenant).startsWith("junit-");
      assertThat(earlierTenants).doesNotContain(tenant);
      assertThat(tenantIds(simulator)).contains(tenant).noneMatch(earlierTenants::contains);
      assertThat(await(control.transactions(TransactionFilter.ALL))).isEmpty();
      await(control.setApprovalMode(ApprovalMode.MANUAL));

      String ref;
      try (SandboxCalls api = new SandboxCalls(vertx, credentials)) {
        ref = api.requestToPay();
        assertThat(api.status(ref).getString("status")).isEqualTo("PENDING");
      }

      assertThat(await(control.transactions(TransactionFilter.ALL)))
          .extracting(view -> view.referenceId())
          .containsExactly(ref);
      assertThat(await(simulator.control().approvalMode())).isEqualTo(ApprovalMode.AUTO);
      earlierTenants.add(tenant);
    }
  }

  @Nested
  @MomoSimulatorTest(lifecycle = MomoSimulatorTest.Lifecycle.TENANT_PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class PerClass {
    private String firstTenant;

    @Test
    @Order(1)
    void theClassGetsATenantOfTheRunsSharedSimulator(
        MomoSimulator simulator, @SimulatorTenant String tenant, SimulatorControl control) {
      firstTenant = tenant;
      SIMULATORS.add(simulator);
      assertThat(tenant).startsWith("junit-").contains("PerClass");
      assertThat(tenantIds(simulator)).contains(tenant);
      assertThat(SIMULATORS).allMatch(each -> each == simulator);
      await(control.setApprovalMode(ApprovalMode.MANUAL));
    }

    @Test
    @Order(2)
    void theNextTestOfTheClassFindsTheSameTenantReset(
        @SimulatorTenant String tenant, SimulatorControl control) {
      assertThat(firstTenant).as("the first test ran").isNotNull();
      assertThat(tenant).isEqualTo(firstTenant);
      assertThat(await(control.approvalMode())).isEqualTo(ApprovalMode.AUTO);
    }
  }

  private static List<String> tenantIds(MomoSimulator simulator) {
    return await(simulator.tenants().tenants()).stream().map(TenantView::id).toList();
  }
}

package dev.momosim.cli;

import static dev.momosim.cli.SandboxCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SimulatorUrl;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code tenants}, {@code tenants create|delete}, and {@code --tenant} on control commands. */
@MomoSimulatorTest
class TenantCommandsTest {
  private final String tenant = "cli-" + UUID.randomUUID();
  private Cli cli;

  @BeforeEach
  void setUp(@SimulatorUrl String baseUrl) {
    cli = new Cli(baseUrl);
  }

  @Test
  void createListAndDeleteATenant() {
    Cli.Result made = cli.run("tenants", "create", tenant);
    Cli.Result listed = cli.run("tenants");
    Cli.Result deleted = cli.run("tenants", "delete", tenant);
    Cli.Result after = cli.run("tenants");

    assertThat(made.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(made.out()).contains("tenant " + tenant + " is ready");
    assertThat(listed.lines().get(0)).startsWith("TENANT");
    assertThat(listed.out()).contains("default").contains(tenant);
    assertThat(deleted.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(after.out()).doesNotContain(tenant);
  }

  @Test
  void controlCommandsDriveTheTenantNamed(MomoSimulator simulator) {
    cli.run("tenants", "create", tenant);

    Cli.Result advanced = cli.run("clock", "advance", "2h", "--tenant", tenant);

    assertThat(advanced.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(await(simulator.control(tenant).now()))
        .isAfter(await(simulator.control().now()).plusSeconds(3600));
  }

  @Test
  void anUnknownTenantFailsWithItsName() {
    Cli.Result result = cli.run("clock", "show", "--tenant", "no-such-tenant");

    assertThat(result.exitCode()).isNotEqualTo(ExitCodes.OK);
    assertThat(result.err()).contains("no-such-tenant");
  }
}

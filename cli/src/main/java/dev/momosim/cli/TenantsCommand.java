package dev.momosim.cli;

import dev.momosim.simulator.control.TenantView;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim tenants}: list the tenants of a running simulator; {@code tenants create ID} and
 * {@code tenants delete ID} make and forget one (docs/tenants.md).
 */
@Command(
    name = "tenants",
    mixinStandardHelpOptions = true,
    description = "List the simulator's tenants, or make or delete one (docs/tenants.md).")
public final class TenantsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Override
  public Integer call() {
    return simulator.runHttp(
        control -> control.tenants(),
        tenants -> {
          print(spec.commandLine().getOut(), tenants);
          return ExitCodes.OK;
        });
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Make a tenant with no users yet (nothing if it exists).")
  int create(
      @Mixin SimulatorOptions options,
      @Parameters(paramLabel = "ID", description = "The tenant's id.") String id) {
    return options.runHttp(
        control -> control.createTenant(id),
        made -> {
          spec.commandLine().getOut().println("tenant " + made.id() + " is ready");
          return ExitCodes.OK;
        });
  }

  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description = "Forget a tenant and all its state; its API users are refused from then on.")
  int delete(
      @Mixin SimulatorOptions options,
      @Parameters(paramLabel = "ID", description = "The tenant's id.") String id) {
    return options.runHttp(
        control -> control.deleteTenant(id),
        deleted -> {
          spec.commandLine().getOut().println("tenant " + id + " is deleted");
          return ExitCodes.OK;
        });
  }

  private static void print(PrintWriter out, List<TenantView> tenants) {
    TextTable table = new TextTable("TENANT", "API USERS", "TRANSACTIONS", "RULES", "CREATED");
    for (TenantView tenant : tenants) {
      table.row(
          tenant.id(),
          tenant.apiUsers() == null ? "-" : tenant.apiUsers(),
          tenant.transactions() == null ? "-" : tenant.transactions(),
          tenant.rules(),
          tenant.createdAt());
    }
    table.print(out);
    out.flush();
  }
}

package dev.momosim.simulator.cli;

import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.domain.Product;
import java.io.PrintWriter;

/** What {@code serve} tells a person at startup: the subscription keys it accepts. */
final class StartupBanner {
  private StartupBanner() {}

  static void print(PrintWriter err, SimulatorConfig config) {
    err.println("momo-sim subscription keys (Ocp-Apim-Subscription-Key):");
    for (Product product : Product.values()) {
      err.printf("  %-13s %s%n", product.pathName(), String.join(" ", config.subscriptionKeys(product)));
    }
    err.println("Provision an API user with POST /v1_0/apiuser, or use the preset users in the README.");
    err.flush();
  }
}

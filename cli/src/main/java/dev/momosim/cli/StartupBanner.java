package dev.momosim.cli;

import dev.momosim.simulator.DefaultSubscriptionKeys;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.domain.Product;
import java.io.PrintWriter;
import java.util.Set;

/** What {@code serve} tells a person at startup: the subscription keys it accepts. */
final class StartupBanner {
  private static final Set<String> DOCUMENTED =
      Set.of(
          DefaultSubscriptionKeys.COLLECTION_PRIMARY, DefaultSubscriptionKeys.COLLECTION_SECONDARY,
          DefaultSubscriptionKeys.DISBURSEMENT_PRIMARY,
              DefaultSubscriptionKeys.DISBURSEMENT_SECONDARY,
          DefaultSubscriptionKeys.REMITTANCE_PRIMARY, DefaultSubscriptionKeys.REMITTANCE_SECONDARY);

  private StartupBanner() {}

  /** The documented defaults in full; a key someone configured is a secret, so only its start. */
  private static String shown(String key) {
    return DOCUMENTED.contains(key)
        ? key
        : key.substring(0, Math.min(4, key.length())) + "... (configured)";
  }

  static void print(PrintWriter err, SimulatorConfig config) {
    err.println("momo-sim subscription keys (Ocp-Apim-Subscription-Key):");
    for (Product product : Product.values()) {
      err.printf(
          "  %-13s %s%n",
          product.pathName(),
          String.join(
              " ", config.subscriptionKeys(product).stream().map(StartupBanner::shown).toList()));
    }
    err.println(
        "Provision an API user with POST /v1_0/apiuser, or use the preset users in the README (Credentials).");
    err.flush();
  }
}

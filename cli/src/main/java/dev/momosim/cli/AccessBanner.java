package dev.momosim.cli;

import dev.momosim.simulator.MomoSimulator;
import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;

/**
 * What {@code serve} tells a person about the control API and the dashboard: open to this machine
 * only, or the admin token they need. A generated token is printed here once, with links that carry
 * it (the dashboard and the payer phone, at this machine's network address when it listens on every
 * interface); a configured one is never printed.
 */
final class AccessBanner {
  /** The payer of the dashboard demo (docs/dashboard.md). */
  static final String DEMO_PAYER = "256770000001";

  private AccessBanner() {}

  static void print(PrintWriter err, MomoSimulator simulator) {
    String base = "http://" + reachableHost(simulator.config().host()) + ":" + simulator.port();
    Optional<String> token = simulator.adminToken();
    if (token.isEmpty()) {
      err.println(
          "momo-sim dashboard: "
              + simulator.baseUrl()
              + "/ (control API and dashboard: this machine only, own origin only)");
    } else if (simulator.adminTokenGenerated()) {
      String query = "?token=" + token.get();
      err.println("momo-sim control API and dashboard need the admin token (shown once):");
      err.println("  admin token  " + token.get());
      err.println("  dashboard    " + base + "/_sim/ui/" + query);
      err.println("  payer phone  " + base + "/_sim/ui/phone/" + DEMO_PAYER + query);
      err.println("  commands     export MOMO_SIM_ADMIN_TOKEN=" + token.get());
    } else {
      err.println("momo-sim control API and dashboard need the configured admin token:");
      err.println("  dashboard    " + base + "/_sim/ui/?token=<admin token>");
      err.println(
          "  payer phone  " + base + "/_sim/ui/phone/" + DEMO_PAYER + "?token=<admin token>");
    }
    err.flush();
  }

  /** The bound address, or for a wildcard bind this machine's first network (LAN) address. */
  private static String reachableHost(String host) {
    if (!host.equals("0.0.0.0") && !host.equals("::")) {
      return host.contains(":") ? "[" + host + "]" : host;
    }
    return lanAddress().orElse("127.0.0.1");
  }

  /** A private (LAN) IPv4 address if there is one, else any other routable IPv4 address. */
  private static Optional<String> lanAddress() {
    String other = null;
    try {
      for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!network.isUp() || network.isLoopback() || network.isVirtual()) {
          continue;
        }
        for (InetAddress address : Collections.list(network.getInetAddresses())) {
          if (!(address instanceof Inet4Address) || address.isLinkLocalAddress()) {
            continue;
          }
          if (address.isSiteLocalAddress()) {
            return Optional.of(address.getHostAddress());
          }
          other = other == null ? address.getHostAddress() : other;
        }
      }
    } catch (SocketException e) {
      // no interface list: the loopback link still works on this machine
    }
    return Optional.ofNullable(other);
  }
}

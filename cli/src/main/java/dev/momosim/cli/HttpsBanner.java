package dev.momosim.cli;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.tls.LocalCa;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What {@code serve} tells a person about HTTPS and unchanged clients (docs/https.md): the proxy
 * setting and the CA certificate to trust.
 */
final class HttpsBanner {
  private HttpsBanner() {}

  static void print(PrintWriter err, MomoSimulator simulator) {
    Path certificate =
        simulator
            .caCertificateFile()
            .orElse(simulator.config().caDirectory().resolve(LocalCa.CERTIFICATE_FILE));
    err.println(
        "Unchanged clients (MTN's hosts intercepted, docs/https.md): HTTPS_PROXY="
            + simulator.baseUrl()
            + " and trust the CA "
            + certificate
            + " (momo-sim ca-cert prints it"
            + (simulator.caCertificateFile().isPresent() ? ")" : "; created on first use)"));
    err.flush();
  }
}

package dev.momosim.simulator.config;

import java.util.List;

/**
 * HTTPS and the interception of MTN's hosts ({@code tls}, docs/https.md).
 *
 * @param httpsPort the port of the HTTPS listener ({@code --https-port}); 0 picks a free one; null
 *     for none (proxy interception still works: it uses an internal listener on loopback)
 * @param names host names or IP addresses the server certificate holds and {@code CONNECT} is
 *     answered for, beside the loopback names and MTN's hosts ({@code --tls-name})
 * @param caDir where the local certificate authority is kept ({@code --ca-dir}); null for {@code
 *     storage.dataDir} if set, else {@code ~/.momo-sim}
 */
public record TlsSettings(Integer httpsPort, List<String> names, String caDir) {
  public TlsSettings {
    if (httpsPort != null) {
      Require.between(0, 65535, httpsPort, "tls.httpsPort");
    }
    names = List.copyOf(Require.present(names, "tls.names"));
    for (String name : names) {
      dev.momosim.simulator.tls.TlsNames.check(name, "tls.names");
    }
    if (caDir != null) {
      Require.text(caDir, "tls.caDir");
    }
  }
}

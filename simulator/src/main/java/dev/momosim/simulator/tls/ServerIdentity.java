package dev.momosim.simulator.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A server certificate the {@link LocalCa} issued, with its key and the CA certificate that signed
 * it: what a TLS listener presents. Kept in memory only; {@link #toString()} never shows the key.
 *
 * @param names the names it is valid for, as they appear in it
 */
public record ServerIdentity(
    X509Certificate certificate, X509Certificate issuer, PrivateKey key, List<String> names) {

  /**
   * The key and the chain (server certificate, then CA) as a PKCS12 key store under {@code
   * password}, entry {@code momo-sim}: what a TLS server is given.
   */
  public byte[] keyStore(char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("momo-sim", key, password, new Certificate[] {certificate, issuer});
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, password);
      return out.toByteArray();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build the server's key store", e);
    }
  }

  /** The server certificate as PEM. */
  public String certificatePem() {
    return LocalCa.pem("CERTIFICATE", LocalCa.encoded(certificate));
  }

  @Override
  public String toString() {
    return "ServerIdentity[names=" + names + ", key=<redacted>]";
  }
}

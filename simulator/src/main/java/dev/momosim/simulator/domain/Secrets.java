package dev.momosim.simulator.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one-way digest under which API keys and access tokens are kept: the stores, the data
 * directory and state snapshots hold {@code SHA-256(secret)}, never the secret, so none of them
 * leaks a credential. A presented secret is checked by comparing digests in constant time.
 */
public final class Secrets {
  /** One digest per thread: looking the algorithm up costs more than hashing a key. */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(Secrets::sha256);

  private Secrets() {}

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The SHA-256 of the secret's UTF-8 bytes, in lower-case hex. */
  public static String digest(String secret) {
    return HexFormat.of().formatHex(SHA_256.get().digest(secret.getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether {@code secret} is the one whose digest is kept, in constant time; false for nulls. */
  public static boolean matches(String secret, String keptDigest) {
    return secret != null
        && keptDigest != null
        && MessageDigest.isEqual(
            digest(secret).getBytes(StandardCharsets.US_ASCII),
            keptDigest.getBytes(StandardCharsets.US_ASCII));
  }
}

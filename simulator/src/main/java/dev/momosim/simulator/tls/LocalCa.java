package dev.momosim.simulator.tls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The simulator's local certificate authority (docs/https.md): an EC P-256 key and a self-signed CA
 * certificate, created on first use in a directory of the user's ({@code momo-sim-ca.pem}, and
 * {@code momo-sim-ca-key.pem} readable by its owner only), and the server certificates it issues
 * for the simulator's HTTPS listener and for the MTN hosts it intercepts. Never shipped: every
 * machine makes its own, so trusting it trusts nothing anyone else holds the key of.
 *
 * <p>Opening reads or writes files: call it off the event loop. Immutable and thread-safe once
 * opened.
 */
public final class LocalCa {
  public static final String CERTIFICATE_FILE = "momo-sim-ca.pem";
  public static final String KEY_FILE = "momo-sim-ca-key.pem";
  private static final String LOCK_FILE = ".momo-sim-ca.lock";
  private static final Duration CA_VALIDITY = Duration.ofDays(3650);

  /**
   * A server certificate's validity: clients check it against the wall clock, never the
   * simulator's, and a new one is issued at every start.
   */
  private static final Duration SERVER_VALIDITY = Duration.ofDays(90);

  private static final Duration BACKDATING = Duration.ofHours(1);
  private static final String SIGNATURE = "SHA256withECDSA";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Two simulators of one process must not create two CAs in one directory. */
  private static final Object CREATING = new Object();

  private final Path directory;
  private final X509Certificate certificate;
  private final PrivateKey key;
  private final boolean created;

  private LocalCa(Path directory, X509Certificate certificate, PrivateKey key, boolean created) {
    this.directory = directory;
    this.certificate = certificate;
    this.key = key;
    this.created = created;
  }

  /**
   * The CA kept in {@code directory}, created there if it holds none (the directory too). Blocking.
   *
   * @throws IllegalStateException naming the file and what is wrong with it, when the directory
   *     holds only half a CA, an unreadable one, or cannot be written
   */
  public static LocalCa openOrCreate(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    synchronized (CREATING) {
      try {
        Files.createDirectories(dir);
        try (FileChannel lockChannel =
                FileChannel.open(
                    dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockChannel.lock()) {
          Path certFile = dir.resolve(CERTIFICATE_FILE);
          Path keyFile = dir.resolve(KEY_FILE);
          boolean hasCert = Files.exists(certFile);
          boolean hasKey = Files.exists(keyFile);
          if (hasCert && hasKey) {
            return new LocalCa(dir, readCertificate(certFile), readKey(keyFile), false);
          }
          if (hasCert != hasKey) {
            throw new IllegalStateException(
                "the local CA in "
                    + dir
                    + " is incomplete: "
                    + (hasCert ? keyFile : certFile)
                    + " is missing; delete "
                    + (hasCert ? certFile : keyFile)
                    + " to create a new CA (clients must then trust the new one)");
          }
          return create(dir, certFile, keyFile);
        }
      } catch (IOException e) {
        throw new IllegalStateException(
            "cannot open or create the local CA in " + dir + ": " + e.getMessage(), e);
      }
    }
  }

  private static LocalCa create(Path dir, Path certFile, Path keyFile) throws IOException {
    KeyPair pair = newKeyPair();
    Instant now = Instant.now();
    X500Name name =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.O, "momo-sim")
            .addRDN(
                BCStyle.CN,
                "momo-sim local CA "
                    + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                        .withZone(ZoneOffset.UTC)
                        .format(now)
                    + " "
                    + hostName())
            .build();
    X509Certificate certificate;
    try {
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  name,
                  serial(),
                  Date.from(now.minus(BACKDATING)),
                  Date.from(now.plus(CA_VALIDITY)),
                  name,
                  pair.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(pair.getPublic()));
      certificate = sign(builder, pair.getPrivate());
    } catch (GeneralSecurityException | CertIOException e) {
      throw new IllegalStateException("cannot create the local CA's certificate", e);
    }
    writeOwnerOnly(keyFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    writeAtomically(certFile, pem("CERTIFICATE", encoded(certificate)));
    return new LocalCa(dir, certificate, pair.getPrivate(), true);
  }

  /** The directory the CA is kept in. */
  public Path directory() {
    return directory;
  }

  /** The file clients trust (PEM). */
  public Path certificateFile() {
    return directory.resolve(CERTIFICATE_FILE);
  }

  /** Whether this open created the CA (so the person should be told to trust it). */
  public boolean created() {
    return created;
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** The CA certificate as PEM text, what clients are told to trust. */
  public String certificatePem() {
    return pem("CERTIFICATE", encoded(certificate));
  }

  /**
   * A PKCS12 truststore holding the CA certificate only (entry {@code momo-sim-ca}), for {@code
   * -Djavax.net.ssl.trustStore}.
   */
  public byte[] truststore(char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("momo-sim-ca", certificate);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, password);
      return out.toByteArray();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot write the truststore", e);
    }
  }

  /**
   * A new server certificate (with a new key) for these DNS names and IP addresses, signed by this
   * CA; kept in memory only.
   *
   * @param names host names and IP literals ({@code ::1} with or without brackets)
   */
  public ServerIdentity issue(List<String> names) {
    Set<String> unique = new LinkedHashSet<>();
    for (String name : names) {
      unique.add(TlsNames.normalize(name));
    }
    if (unique.isEmpty()) {
      throw new IllegalArgumentException("a server certificate needs at least one name");
    }
    List<GeneralName> alternatives = new ArrayList<>();
    for (String name : unique) {
      alternatives.add(
          TlsNames.isIpLiteral(name)
              ? new GeneralName(GeneralName.iPAddress, name)
              : new GeneralName(GeneralName.dNSName, name));
    }
    KeyPair pair = newKeyPair();
    Instant now = Instant.now();
    try {
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      X500Name subject =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.O, "momo-sim")
              .addRDN(BCStyle.CN, unique.iterator().next())
              .build();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  certificate,
                  serial(),
                  Date.from(now.minus(BACKDATING)),
                  Date.from(now.plus(SERVER_VALIDITY)),
                  subject,
                  pair.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
              .addExtension(
                  Extension.extendedKeyUsage,
                  false,
                  new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
              .addExtension(
                  Extension.subjectAlternativeName,
                  false,
                  new GeneralNames(alternatives.toArray(GeneralName[]::new)))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(pair.getPublic()))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  extensions.createAuthorityKeyIdentifier(certificate));
      X509Certificate server = sign(builder, key);
      return new ServerIdentity(server, certificate, pair.getPrivate(), List.copyOf(unique));
    } catch (GeneralSecurityException | CertIOException e) {
      throw new IllegalStateException("cannot issue the server certificate", e);
    }
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
      throws CertificateException {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder(SIGNATURE)
                      .build(signer)));
    } catch (OperatorCreationException e) {
      throw new CertificateException("cannot sign with " + SIGNATURE, e);
    }
  }

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has EC P-256", e);
    }
  }

  private static BigInteger serial() {
    return new BigInteger(127, RANDOM).add(BigInteger.ONE);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateException e) {
      throw new IllegalStateException("cannot encode a certificate", e);
    }
  }

  private static byte[] pemBody(Path file, String type) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalStateException(file + " holds no PEM " + type);
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(file + " is not valid PEM: " + e.getMessage(), e);
    }
  }

  private static X509Certificate readCertificate(Path file) throws IOException {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(pemBody(file, "CERTIFICATE")));
    } catch (CertificateException e) {
      throw new IllegalStateException(file + " is not a readable certificate", e);
    }
  }

  private static PrivateKey readKey(Path file) throws IOException {
    try {
      return KeyFactory.getInstance("EC")
          .generatePrivate(new PKCS8EncodedKeySpec(pemBody(file, "PRIVATE KEY")));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(file + " is not a readable EC private key (PKCS#8)", e);
    }
  }

  /** Created with owner-only permissions from the start, where the file system has them. */
  private static void writeOwnerOnly(Path file, String text) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temporary);
    try {
      Files.createFile(
          temporary,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(temporary);
    } catch (FileAlreadyExistsException raced) {
      throw new IOException("another process is writing " + file, raced);
    }
    Files.writeString(temporary, text, StandardCharsets.US_ASCII);
    move(temporary, file);
  }

  private static void writeAtomically(Path file, String text) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, text, StandardCharsets.US_ASCII);
    move(temporary, file);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

package dev.momosim.simulator.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCaTest {
  @TempDir Path dir;

  @Test
  void issuesAServerCertificateForEveryNameSignedByTheCa() throws Exception {
    LocalCa ca = LocalCa.openOrCreate(dir);

    ServerIdentity server =
        ca.issue(List.of("localhost", "127.0.0.1", "[::1]", "Sandbox.MomoDeveloper.mtn.com"));

    X509Certificate certificate = server.certificate();
    certificate.verify(ca.certificate().getPublicKey());
    assertThat(certificate.getSubjectAlternativeNames())
        .extracting(name -> name.get(1).toString())
        .contains("localhost", "127.0.0.1", "sandbox.momodeveloper.mtn.com")
        .anyMatch(name -> name.startsWith("0:0:0:0:0:0:0:1"));
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    assertThat(certificate.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
    assertThat(ca.certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(server.toString()).doesNotContain("PRIVATE");
  }

  @Test
  void reopensTheSameCaWithoutCreatingAnother() {
    LocalCa first = LocalCa.openOrCreate(dir);
    LocalCa again = LocalCa.openOrCreate(dir);

    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(again.certificatePem()).isEqualTo(first.certificatePem());
    assertThat(again.issue(List.of("localhost")).certificate().getIssuerX500Principal())
        .isEqualTo(first.certificate().getSubjectX500Principal());
  }

  @Test
  void refusesHalfACaNamingTheMissingFile() throws Exception {
    LocalCa.openOrCreate(dir);
    Files.delete(dir.resolve(LocalCa.KEY_FILE));

    assertThatThrownBy(() -> LocalCa.openOrCreate(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(LocalCa.KEY_FILE)
        .hasMessageContaining("is missing");
  }

  @Test
  void refusesAKeyFileThatIsNotAKeyNamingIt() throws Exception {
    LocalCa.openOrCreate(dir);
    Files.writeString(dir.resolve(LocalCa.KEY_FILE), "not a key");

    assertThatThrownBy(() -> LocalCa.openOrCreate(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(LocalCa.KEY_FILE);
  }

  @Test
  void acceptsHostNamesAndAddressesAsTlsNamesAndRefusesOthersNamingTheSource() {
    assertThat(TlsNames.check("Momo.Example.TEST.", "tls.names")).isEqualTo("momo.example.test");
    assertThat(TlsNames.check("[::1]", "tls.names")).isEqualTo("::1");
    assertThat(TlsNames.check("10.0.0.7", "tls.names")).isEqualTo("10.0.0.7");
    assertThatThrownBy(() -> TlsNames.check("bad name", "--tls-name"))
        .hasMessageContaining("--tls-name")
        .hasMessageContaining("bad name");
    assertThatThrownBy(() -> TlsNames.check("", "tls.names")).hasMessageContaining("tls.names");
  }
}

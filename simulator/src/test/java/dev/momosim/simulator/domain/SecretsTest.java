package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {
  @Test
  void aDigestIsTheSha256OfTheSecretAndRevealsNothingOfIt() {
    // the SHA-256 of "abc" from FIPS 180-2, appendix B.1
    assertThat(Secrets.digest("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aSecretMatchesOnlyItsOwnDigest() {
    String kept = Secrets.digest("key-1");

    assertThat(Secrets.matches("key-1", kept)).isTrue();
    assertThat(Secrets.matches("key-2", kept)).isFalse();
    assertThat(Secrets.matches(kept, kept)).as("the digest is not a key").isFalse();
    assertThat(Secrets.matches(null, kept)).isFalse();
    assertThat(Secrets.matches("key-1", null)).isFalse();
  }

  @Test
  void anApiUserKnowsItsKeyByDigestAndItsTokensAreKeptByDigest() {
    ApiUser user =
        new ApiUser("id", "localhost", Product.COLLECTION, null)
            .withApiKeyDigest(Secrets.digest("key-1"));
    AccessToken token =
        new AccessToken("token-value", "id", Product.COLLECTION, java.time.Instant.EPOCH);

    assertThat(user.hasApiKey("key-1")).isTrue();
    assertThat(user.hasApiKey("key-2")).isFalse();
    assertThat(token.grant().tokenDigest()).isEqualTo(Secrets.digest("token-value"));
    assertThat(token.grant().toString()).doesNotContain("token-value");
  }
}

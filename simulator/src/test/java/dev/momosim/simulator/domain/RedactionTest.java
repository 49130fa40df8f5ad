package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization",
        "Ocp-Apim-Subscription-Key",
        "Proxy-Authorization",
        "Cookie",
        "Set-Cookie",
        "X-Api-Key",
        "X-Admin-Token",
        "X-Momo-Sim-Token",
        "client_secret",
        "password",
        "api_key",
        "apiKey",
        "APIKEY",
        "access_token",
        "refresh_token",
        "token",
        "auth_req_id",
        "subscription-key",
        "key",
        "secret",
        "signature",
        "sig",
        "X-Amz-Signature"
      })
  void recognisesSecretNamesInAnyCaseAndSpelling(String name) {
    assertThat(Redaction.isSecretName(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "X-Reference-Id",
        "X-Target-Environment",
        "X-Callback-Url",
        "Content-Type",
        "amount",
        "externalId",
        "partyId",
        "payerMessage",
        "grant_type",
        "keyword",
        "x"
      })
  void leavesOrdinaryNamesAlone(String name) {
    assertThat(Redaction.isSecretName(name)).isFalse();
  }

  @Test
  void masksSecretHeadersKeepingTheSchemeWord() {
    assertThat(Redaction.header("Authorization", "Bearer eyJabc.def")).isEqualTo("Bearer ***");
    assertThat(Redaction.header("Authorization", "Basic dXNlcjpwYXNz")).isEqualTo("Basic ***");
    assertThat(Redaction.header("Ocp-Apim-Subscription-Key", "a-subscription-key"))
        .isEqualTo("***");
    assertThat(Redaction.header("X-Reference-Id", "a-b-c")).isEqualTo("a-b-c");
  }

  @Test
  void masksSecretsInAUrlHeaderValue() {
    assertThat(Redaction.header("X-Callback-Url", "https://shop.example/cb?token=abc&x=1"))
        .isEqualTo("https://shop.example/cb?token=***&x=1");
  }

  @Test
  void masksSecretQueryParametersKeepingTheOthersAsSent() {
    assertThat(Redaction.query("subscription-key=k1&x=1&api_key=k2&SIG=s&empty"))
        .isEqualTo("subscription-key=***&x=1&api_key=***&SIG=***&empty");
  }

  @Test
  void decodesAQueryNameBeforeDecidingAndMasksAnUndecodableOne() {
    assertThat(Redaction.query("subscription%2Dkey=k1&a%ZZ=v"))
        .isEqualTo("subscription%2Dkey=***&a%ZZ=***");
  }

  @Test
  void masksAUrlsQueryFragmentAndPasswordButNothingElse() {
    assertThat(Redaction.url("https://shop.example/cb?token=abc&x=1"))
        .isEqualTo("https://shop.example/cb?token=***&x=1");
    assertThat(Redaction.url("https://user:pw@shop.example:8443/cb#access_token=t&state=s"))
        .isEqualTo("https://user:***@shop.example:8443/cb#access_token=***&state=s");
    assertThat(Redaction.url("http://localhost:9000/callback/abc"))
        .isEqualTo("http://localhost:9000/callback/abc");
    assertThat(Redaction.url(null)).isNull();
  }

  @Test
  void doesNotShowATokenRequestsBodyWhateverTheSpelling() {
    assertThat(Redaction.body("/collection/token/", "grant_type=client_credentials"))
        .isEqualTo(Redaction.TOKEN_BODY);
    assertThat(Redaction.body("/collection/token", "apiKey=k")).isEqualTo(Redaction.TOKEN_BODY);
    assertThat(Redaction.body("/Collection/OAuth2/Token/", "auth_req_id=r"))
        .isEqualTo(Redaction.TOKEN_BODY);
  }

  @Test
  void masksSecretFieldsOfAFormBodyOnAnyOtherPath() {
    assertThat(Redaction.body("/nowhere", "grant_type=x&client_secret=s3&apiKey=k&user=u"))
        .isEqualTo("grant_type=x&client_secret=***&apiKey=***&user=u");
  }

  @Test
  void masksSecretFieldsOfAJsonBodyAtAnyDepth() {
    String shown =
        Redaction.body(
            "/nowhere",
            "{\"user\":\"u\",\"password\":\"p4\",\"nested\":[{\"access_token\":\"t\",\"n\":1}],"
                + "\"cb\":\"https://x.example/cb?token=abc&x=1\",\"refresh_token\":null}");
    assertThat(shown)
        .isEqualTo(
            "{\"user\":\"u\",\"password\":\"***\",\"nested\":[{\"access_token\":\"***\",\"n\":1}],"
                + "\"cb\":\"https://x.example/cb?token=***&x=1\",\"refresh_token\":null}");
  }

  @Test
  void leavesAPaymentBodyAsSent() {
    String body =
        "{\n  \"amount\": \"10\", \"currency\": \"EUR\", \"externalId\": \"e\",\n"
            + "  \"payer\": {\"partyIdType\": \"MSISDN\", \"partyId\": \"46733123450\"}}";
    assertThat(Redaction.body("/collection/v1_0/requesttopay", body)).isSameAs(body);
  }

  @Test
  void masksNamedSecretsInTextThatIsNeitherJsonNorAForm() {
    assertThat(
            Redaction.body(
                "/x", "{broken \"api_key\": \"k1\", password=p2; Authorization: Bearer t3"))
        .doesNotContain("k1", "p2", "t3")
        .contains("api_key", "password", "Authorization");
    assertThat(Redaction.body("/x", "<login><password>p4</password><user>u</user></login>"))
        .isEqualTo("<login><password>***</password><user>u</user></login>");
  }

  @Test
  void masksUrlsInsideFreeText() {
    assertThat(Redaction.text("was: ftp://h.example/cb?token=abc"))
        .isEqualTo("was: ftp://h.example/cb?token=***");
  }
}

package dev.momosim.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.PartyIdType;
import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.model.RetryPolicy;
import dev.momosim.client.model.Transfer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestValidationTest {

  private static final Party PAYER = Party.msisdn("46733123450");

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-5", "abc", "1e3", "12,50", " 10", "10.", ".5", ""})
  void rejectsAmountsThatAreNotPositiveDecimals(String amount) {
    assertThatThrownBy(() -> RequestToPay.of(amount, "EUR", PAYER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "100", "12.50", "0.01"})
  void acceptsPositiveDecimalAmountsAsWritten(String amount) {
    assertThat(Transfer.of(amount, "EUR", PAYER).amount()).isEqualTo(amount);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EU", "EURO", "E1R", ""})
  void rejectsCurrenciesThatAreNotThreeLetters(String currency) {
    assertThatThrownBy(() -> RequestToPay.of("1", currency, PAYER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("three-letter");
  }

  @Test
  void upperCasesTheCurrency() {
    assertThat(RequestToPay.of("1", "eur", PAYER).currency()).isEqualTo("EUR");
  }

  @Test
  void rejectsAMissingParty() {
    assertThatThrownBy(() -> Transfer.of("1", "EUR", null)).hasMessageContaining("payee");
    assertThatThrownBy(() -> RequestToPay.of("1", "EUR", null)).hasMessageContaining("payer");
  }

  @Test
  void rejectsBlankPartyIdsAndMsisdnsWithNonDigits() {
    assertThatThrownBy(() -> new Party(PartyIdType.PARTY_CODE, " "))
        .hasMessageContaining("party id");
    assertThatThrownBy(() -> Party.msisdn("+46733123450")).hasMessageContaining("digits only");
    assertThatThrownBy(() -> new Party(null, "1")).hasMessageContaining("party type");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not a url",
        "ftp://shop.example/cb",
        "https://shop.example/cb\nX-Evil: 1",
        "/relative/cb"
      })
  void rejectsACallbackUrlThatIsNotAnAbsoluteHttpUrl(String url) {
    assertThatThrownBy(() -> CreateOptions.defaults().withCallbackUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callback URL");
  }

  @Test
  void rejectsARequestTimeoutUnderOneMillisecond() {
    assertThatThrownBy(
            () -> MomoClient.builder().requestTimeout(java.time.Duration.ofNanos(500_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 ms");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "FAILED\r\nX-Evil: 1", "FAILED\tDELAY:9"})
  void rejectsABlankOrMultiLineScenario(String scenario) {
    assertThatThrownBy(() -> CreateOptions.defaults().withScenario(scenario))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scenario");
  }

  @Test
  void rejectsAScenarioLongerThanTheSimulatorReads() {
    assertThatThrownBy(() -> CreateOptions.defaults().withScenario("CREATED,".repeat(200)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 1024");
    assertThat(CreateOptions.defaults().withScenario("C".repeat(1024)).scenario()).hasSize(1024);
  }

  @Test
  void keepsTheScenarioBesideTheOtherOptionsWhicheverIsSetFirst() {
    CreateOptions options =
        CreateOptions.defaults()
            .withScenario("FAILED:APPROVAL_REJECTED")
            .withReferenceId("3f6c1c7e-8a0b-4d5e-9f10-111213141516")
            .withCallbackUrl("https://shop.example/cb");
    assertThat(options)
        .isEqualTo(
            new CreateOptions(
                "3f6c1c7e-8a0b-4d5e-9f10-111213141516",
                "https://shop.example/cb",
                "FAILED:APPROVAL_REJECTED"));
    assertThat(new CreateOptions(null, null).scenario()).isNull();
  }

  @Test
  void acceptsACallbackUrlWithTheReferenceIdPlaceholder() {
    assertThat(
            CreateOptions.defaults()
                .withCallbackUrl(" https://shop.example/momo/{referenceId} ")
                .callbackUrl())
        .isEqualTo("https://shop.example/momo/{referenceId}");
  }

  @Test
  void rejectsMsisdnsWithDigitsOutsideAscii() {
    assertThatThrownBy(() -> Party.msisdn("\u0662\u0665\u0666\u0667\u0667"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Party.msisdn("\uFF11\uFF12\uFF13"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsMessagesLongerThan160Characters() {
    String tooLong = "x".repeat(161);
    assertThatThrownBy(() -> new RequestToPay("1", "EUR", null, PAYER, tooLong, null))
        .hasMessageContaining("payerMessage must be at most 160 characters, got 161");
    assertThat(new RequestToPay("1", "EUR", null, PAYER, "x".repeat(160), null).payerMessage())
        .hasSize(160);
  }

  @ParameterizedTest
  @ValueSource(strings = {"it's paid", "fish & chips"})
  void rejectsApostrophesAndAmpersandsInMessages(String note) {
    assertThatThrownBy(() -> new Transfer("1", "EUR", null, PAYER, null, note))
        .hasMessageContaining("payeeNote must not contain");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-a-uuid", "6f2b3b4e-1d2c-1a5b-9c8d-7e6f5a4b3c2d", ""})
  void rejectsReferenceIdsThatAreNotUuidVersion4(String id) {
    assertThatThrownBy(() -> CreateOptions.defaults().withReferenceId(id))
        .hasMessageContaining("UUID version 4");
  }

  @Test
  void parsesPartyTypesCaseInsensitivelyAndNamesTheAllowedOnes() {
    assertThat(PartyIdType.parse("party_code")).isEqualTo(PartyIdType.PARTY_CODE);
    assertThatThrownBy(() -> PartyIdType.parse("ALIAS"))
        .hasMessageContaining("MSISDN, EMAIL or PARTY_CODE");
  }

  @Test
  void hidesSecretsInCredentialsToString() {
    ProductCredentials credentials = new ProductCredentials("sub-secret", "user-1", "key-secret");
    assertThat(credentials.toString())
        .doesNotContain("sub-secret", "key-secret")
        .contains("user-1");
  }

  @Test
  void computesRetryDelaysWithCappedBackoffAndBoundedJitter() {
    RetryPolicy policy =
        new RetryPolicy(
            5, java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(300), 2.0, 0.5);
    assertThat(policy.delayMillis(1, 0.0)).isEqualTo(100);
    assertThat(policy.delayMillis(2, 0.0)).isEqualTo(200);
    assertThat(policy.delayMillis(3, 0.0)).isEqualTo(300);
    assertThat(policy.delayMillis(2, 0.999)).isBetween(100L, 101L);
  }
}

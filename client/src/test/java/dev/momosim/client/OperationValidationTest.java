package dev.momosim.client;

import static dev.momosim.client.Futures.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.client.collections.CreateInvoice;
import dev.momosim.client.collections.CreatePayment;
import dev.momosim.client.collections.PreApproval;
import dev.momosim.client.collections.PreApprovalDetails;
import dev.momosim.client.disbursements.Refund;
import dev.momosim.client.model.ConsentAuthorization;
import dev.momosim.client.model.ConsentRequest;
import dev.momosim.client.model.ConsentRequest.AccessType;
import dev.momosim.client.model.ConsentToken;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.PartyIdType;
import dev.momosim.client.remittances.CashTransfer;
import dev.momosim.client.remittances.PayerIdentificationType;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request records of issue 20's operations refuse bad input before anything is sent. */
@ExtendWith(VertxExtension.class)
class OperationValidationTest {

  private static final Party PAYER = Party.msisdn("46733123450");
  private static final String PAID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

  @Test
  void refusesAnInvoiceWithoutPayerOrWithANonPositiveValidity() {
    assertThatThrownBy(() -> CreateInvoice.of("1", "EUR", 60, null))
        .hasMessageContaining("intendedPayer");
    assertThatThrownBy(() -> CreateInvoice.of("1", "EUR", 0, PAYER))
        .hasMessageContaining("validityDuration");
    assertThatThrownBy(() -> CreateInvoice.of("-1", "EUR", 60, PAYER))
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> CreateInvoice.of("1", "EURO", 60, PAYER))
        .hasMessageContaining("currency");
    assertThat(CreateInvoice.of("1", "eur", 60, PAYER).currency()).isEqualTo("EUR");
  }

  @Test
  void refusesAPreApprovalWithoutPayerBadCurrencyMessageOrValidity() {
    assertThatThrownBy(() -> PreApproval.of(null, "EUR", 60)).hasMessageContaining("payer");
    assertThatThrownBy(() -> PreApproval.of(PAYER, "E", 60)).hasMessageContaining("currency");
    assertThatThrownBy(() -> PreApproval.of(PAYER, "EUR", -5)).hasMessageContaining("validityTime");
    assertThatThrownBy(() -> new PreApproval(PAYER, "EUR", "a & b", null))
        .hasMessageContaining("payerMessage");
    assertThat(new PreApproval(PAYER, "EUR", null, null).validityTime()).isNull();
  }

  @Test
  void refusesAPaymentWithoutCustomerReferenceOrWithNegativeRetries() {
    assertThatThrownBy(() -> CreatePayment.of(null, "5", "EUR", " ", null))
        .hasMessageContaining("customerReference");
    assertThatThrownBy(() -> CreatePayment.of(null, "0", "EUR", "c", null))
        .hasMessageContaining("amount");
    assertThatThrownBy(
            () ->
                new CreatePayment(
                    null, "5", "EUR", "c", null, null, null, null, null, null, -1, null))
        .hasMessageContaining("maxNumberOfRetries");
    assertThat(
            new CreatePayment(
                    null, "5", "EUR", "c", null, null, null, null, "it's & x", null, null, null)
                .receiverMessage())
        .isEqualTo("it's & x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not-a-uuid", "3f6c1c7e-8a0b-1d5e-9f10-111213141516"})
  void refusesARefundThatDoesNotNameAUuidV4Payment(String reference) {
    assertThatThrownBy(() -> Refund.of("1", "EUR", reference))
        .hasMessageContaining("referenceIdToRefund");
  }

  @Test
  void refusesARefundWithABadAmountAndLowerCasesTheReference() {
    assertThatThrownBy(() -> Refund.of("1.", "EUR", PAID)).hasMessageContaining("amount");
    assertThat(Refund.of("1", "EUR", PAID.toUpperCase()).referenceIdToRefund()).isEqualTo(PAID);
  }

  @Test
  void refusesACashTransferWithoutPayeeOrWithBadOriginalAmountOrCurrency() {
    assertThatThrownBy(() -> CashTransfer.builder("1", "EUR", null).build())
        .hasMessageContaining("payee");
    assertThatThrownBy(
            () -> CashTransfer.builder("1", "EUR", PAYER).origin("SE", "x", "SEK").build())
        .hasMessageContaining("amount");
    assertThatThrownBy(
            () -> CashTransfer.builder("1", "EUR", PAYER).origin("SE", "1", "SEKK").build())
        .hasMessageContaining("currency");
    assertThatThrownBy(() -> CashTransfer.builder("1", "EUR", PAYER).messages(null, "it's").build())
        .hasMessageContaining("payeeNote");
  }

  @Test
  void typesThePayerIdentificationAsTheSchemasEnum() {
    assertThat(PayerIdentificationType.values())
        .extracting(Enum::name)
        .containsExactly(
            "PASS", "CPFA", "SRSSA", "NRIN", "OTHR", "DRLC", "SOCS", "AREG", "IDCD", "EMID");
    assertThat(
            CashTransfer.builder("1", "eur", PAYER)
                .identification(PayerIdentificationType.IDCD, "123")
                .build())
        .satisfies(
            transfer -> {
              assertThat(transfer.currency()).isEqualTo("EUR");
              assertThat(transfer.payerIdentificationType())
                  .isEqualTo(PayerIdentificationType.IDCD);
            });
  }

  @Test
  void refusesAConsentRequestWithoutHintScopeOrAccessType() {
    assertThatThrownBy(() -> ConsentRequest.of(" ", "profile", AccessType.ONLINE))
        .hasMessageContaining("loginHint");
    assertThatThrownBy(() -> ConsentRequest.of("ID:1/MSISDN", "", AccessType.ONLINE))
        .hasMessageContaining("scope");
    assertThatThrownBy(() -> ConsentRequest.of("ID:1/MSISDN", "profile", null))
        .hasMessageContaining("accessType");
    assertThatThrownBy(
            () -> new ConsentRequest("ID:1/MSISDN", "profile", AccessType.OFFLINE, 0, null, null))
        .hasMessageContaining("consentValidIn");
    assertThatThrownBy(() -> ConsentRequest.msisdnHint("+4673")).hasMessageContaining("digits");
    assertThat(ConsentRequest.msisdnHint("46733123450")).isEqualTo("ID:46733123450/MSISDN");
  }

  @Test
  void refusesAConsentAuthorizationOrTokenWithoutItsId() {
    assertThatThrownBy(() -> new ConsentAuthorization(" ", Duration.ZERO, Duration.ZERO))
        .hasMessageContaining("auth_req_id");
    assertThatThrownBy(() -> new ConsentAuthorization("a", Duration.ofSeconds(-1), Duration.ZERO))
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> new ConsentToken(null, null, null, null, null, null))
        .hasMessageContaining("access_token");
  }

  @Test
  void refusesAPreApprovalListEntryWithoutIdOrStatus() {
    assertThatThrownBy(
            () ->
                new PreApprovalDetails(
                    null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null))
        .hasMessageContaining("preApprovalId");
  }

  @Test
  void refusesBadDeliveryNotificationsAndPartyCodeListsBeforeSending(Vertx vertx) {
    FakeMomo momo = await(FakeMomo.start(vertx));
    MomoClient client = TestClients.builder(momo, vertx).build();
    String ref = "3f6c1c7e-8a0b-4d5e-9f10-111213141516";
    assertThatThrownBy(() -> client.collections().deliveryNotification(ref, " "))
        .hasMessageContaining("notificationMessage");
    assertThatThrownBy(() -> client.collections().deliveryNotification(ref, "x".repeat(161)))
        .hasMessageContaining("160");
    assertThatThrownBy(() -> client.collections().deliveryNotification(ref, "line\nbreak"))
        .hasMessageContaining("control characters");
    assertThatThrownBy(() -> client.collections().deliveryNotification(ref, "Delivered \u2713"))
        .hasMessageContaining("ISO-8859-1");
    assertThatThrownBy(() -> client.collections().deliveryNotification(ref, "m", "english"))
        .hasMessageContaining("ISO 639");
    assertThatThrownBy(() -> client.collections().deliveryNotification(" ", "m"))
        .hasMessageContaining("reference id");
    assertThatThrownBy(
            () ->
                client
                    .collections()
                    .preApprovals()
                    .approved(new Party(PartyIdType.PARTY_CODE, "x")))
        .hasMessageContaining("PARTY_CODE");
    assertThatThrownBy(() -> client.collections().invoices().cancel("not-a-uuid", null))
        .hasMessageContaining("reference id");
    assertThatThrownBy(() -> client.collections().consentToken(""))
        .hasMessageContaining("auth_req_id");
    assertThat(momo.requests()).isEmpty();
  }
}

package dev.momosim.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorReasonTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PAYEE_NOT_FOUND",
        "PAYER_NOT_FOUND",
        "NOT_ALLOWED",
        "NOT_ALLOWED_TARGET_ENVIRONMENT",
        "INVALID_CALLBACK_URL_HOST",
        "INVALID_CURRENCY",
        "SERVICE_UNAVAILABLE",
        "INTERNAL_PROCESSING_ERROR",
        "NOT_ENOUGH_FUNDS",
        "PAYER_LIMIT_REACHED",
        "PAYEE_NOT_ALLOWED_TO_RECEIVE",
        "PAYMENT_NOT_APPROVED",
        "RESOURCE_NOT_FOUND",
        "APPROVAL_REJECTED",
        "EXPIRED",
        "TRANSACTION_CANCELED",
        "RESOURCE_ALREADY_EXIST",
        "TRANSACTION_NOT_COMPLETED",
        "TRANSACTION_NOT_FOUND",
        "INFORMATIONAL_SCOPE_INSTRUCTION",
        "MISSING_SCOPE_INSTRUCTION",
        "MORE_THAN_ONE_FINANCIAL_SCOPE_NOT_SUPPORTED",
        "UNSUPPORTED_SCOPE_COMBINATION",
        "CONSENT_MISMATCH",
        "UNSUPPORTED_SCOPE",
        "NOT_FOUND",
        "COULD_NOT_PERFORM_TRANSACTION"
      })
  void knowsEveryDocumentedCode(String code) {
    assertThat(ErrorReason.fromCode(code)).isNotEqualTo(ErrorReason.UNKNOWN);
    assertThat(ErrorReason.fromCode(code).code()).isEqualTo(code);
  }

  @Test
  void readsTheDottedRemittanceSpellingOfTransactionCanceled() {
    assertThat(ErrorReason.fromCode("TRANSACTION_CANCELED."))
        .isEqualTo(ErrorReason.TRANSACTION_CANCELED);
  }

  @Test
  void readsTheReasonOfTheSandboxNumberForAnUnknownTransferType() {
    assertThat(ErrorReason.fromCode("TRANSFERTYPE_UNKNOWN"))
        .isEqualTo(ErrorReason.TRANSFERTYPE_UNKNOWN);
  }

  @Test
  void readsTheTokenEndpointsLoginFailed() {
    assertThat(ErrorReason.fromCode("login_failed")).isEqualTo(ErrorReason.LOGIN_FAILED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SOMETHING_NEW", "UNKNOWN", " "})
  void fallsBackToUnknownForCodesItDoesNotKnow(String code) {
    assertThat(ErrorReason.fromCode(code)).isEqualTo(ErrorReason.UNKNOWN);
    assertThat(ErrorReason.fromCode(null)).isEqualTo(ErrorReason.UNKNOWN);
  }

  @ParameterizedTest
  @EnumSource(value = ErrorReason.class, mode = EnumSource.Mode.EXCLUDE, names = "UNKNOWN")
  void roundTripsEveryReasonThroughItsCode(ErrorReason reason) {
    assertThat(ErrorReason.fromCode(reason.code())).isEqualTo(reason);
  }
}

package dev.momosim.simulator.domain;

import java.util.Map;

/** The message MTN gives for each error code (momo-api.md §11.2), for bodies that carry one. */
public final class ReasonMessages {
  private static final Map<String, String> MESSAGES =
      Map.ofEntries(
          Map.entry("PAYEE_NOT_FOUND", "Payee not found. Account holder is not registered."),
          Map.entry("PAYER_NOT_FOUND", "Payer not found. Account holder is not registered."),
          Map.entry("NOT_ALLOWED", "Authorization failed. User does not have permission."),
          Map.entry("NOT_ALLOWED_TARGET_ENVIRONMENT", "Access to target environment is forbidden."),
          Map.entry(
              "INVALID_CALLBACK_URL_HOST", "Callback URL does not match the configured value."),
          Map.entry("INVALID_CURRENCY", "Currency not supported."),
          Map.entry("SERVICE_UNAVAILABLE", "Service temporary unavailable, try again later."),
          Map.entry("INTERNAL_PROCESSING_ERROR", "An internal error occurred while processing."),
          Map.entry("NOT_ENOUGH_FUNDS", "The payer does not have enough funds."),
          Map.entry("PAYER_LIMIT_REACHED", "The payer's limit has been breached."),
          Map.entry(
              "PAYEE_NOT_ALLOWED_TO_RECEIVE",
              "Payee cannot receive funds due to e.g. transfer limit."),
          Map.entry("PAYMENT_NOT_APPROVED", "The payment was not approved."),
          Map.entry("RESOURCE_NOT_FOUND", "Requested resource was not found."),
          Map.entry(
              "RESOURCE_ALREADY_EXIST", "Duplicated reference id. Creation of resource failed."),
          Map.entry("APPROVAL_REJECTED", "The payer rejected the request."),
          Map.entry("EXPIRED", "The payer did not answer in time."),
          Map.entry("TRANSACTION_CANCELED", "The transaction was canceled."),
          Map.entry(
              "COULD_NOT_PERFORM_TRANSACTION", "The transaction timed out waiting for approval."),
          Map.entry("TRANSFERTYPE_UNKNOWN", "The transfer type is unknown."));

  private ReasonMessages() {}

  public static String of(String code) {
    return MESSAGES.getOrDefault(code, code);
  }
}

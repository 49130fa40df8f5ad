package dev.momosim.shop;

/**
 * What the customer reads for every outcome. A failure of the customer's payment says whether
 * anything was charged and what to do; a failed payout tells the customer their payment stands.
 * Only what the shop does is promised: a resubmitted order checks on an UNKNOWN payment or payout;
 * nothing retries a FAILED one. Reason codes are MoMo's (docs/momo-api.md); an unknown one gets the
 * general message.
 */
final class FriendlyMessages {
  static final String APPROVE_ON_PHONE =
      "A payment request is waiting on your phone: approve it in MoMo to pay.";
  static final String SENDING = "Sending the payment request to MoMo...";
  static final String PAYING_SELLER = "Payment received. Paying the seller...";
  static final String ALL_DONE = "Payment received, thank you! The seller has been paid.";
  static final String UNREACHABLE =
      "We could not reach MoMo, so we do not know yet whether the request arrived. Submit the same"
          + " order again: it will not charge you twice.";
  static final String NO_ANSWER =
      "MoMo has not confirmed the payment in time. Submit the same order again to check on it: it"
          + " will not charge you twice.";
  static final String PAYOUT_NO_ANSWER =
      "Payment received, thank you! MoMo has not confirmed the payment to the seller yet. Submit the"
          + " same order again to check on it: you will not be charged again.";
  static final String SHOP_NOT_AUTHORISED =
      "The shop cannot take MoMo payments at the moment. Nothing was charged; please pay another"
          + " way or ask at the counter.";

  private FriendlyMessages() {}

  /** The message for a payment that FAILED (or whose request MoMo refused) with this code. */
  static String paymentFailed(String code) {
    String reason = code == null ? "" : code;
    return switch (reason) {
      case Refusal.SHOP_NOT_AUTHORISED -> SHOP_NOT_AUTHORISED;
      case "APPROVAL_REJECTED" -> "You declined the payment on your phone. Nothing was charged.";
      case "EXPIRED", "COULD_NOT_PERFORM_TRANSACTION" ->
          "The payment was not approved in time. Nothing was charged; please try again.";
      case "PAYER_NOT_FOUND", "RESOURCE_NOT_FOUND" ->
          "We could not find a MoMo account for this phone number. Please check the number.";
      case "NOT_ENOUGH_FUNDS" ->
          "Your MoMo balance is too low for this purchase. Nothing was charged.";
      case "PAYER_LIMIT_REACHED" ->
          "This payment would go over your MoMo spending limit. Nothing was charged.";
      case "SERVICE_UNAVAILABLE", "INTERNAL_PROCESSING_ERROR", "PAYER_DELAYED" ->
          "MoMo could not process the payment right now. Nothing was charged; please try again in"
              + " a few minutes.";
      case "NOT_ALLOWED",
          "NOT_ALLOWED_TARGET_ENVIRONMENT",
          "PAYEE_NOT_ALLOWED_TO_RECEIVE",
          "INVALID_CALLBACK_URL_HOST",
          "INVALID_CURRENCY",
          "TRANSFERTYPE_UNKNOWN" ->
          "The shop cannot take MoMo payments at the moment ("
              + reason
              + "). Nothing was charged; please ask at the counter.";
      default ->
          "The payment did not go through"
              + (reason.isEmpty() ? "" : " (" + reason + ")")
              + ". Nothing was charged; please try again.";
    };
  }

  /** The message when the customer paid but the seller's payout FAILED with this code. */
  static String payoutFailed(String code) {
    String reason = code == null ? "" : code;
    String why =
        switch (reason) {
          case "NOT_ENOUGH_FUNDS" -> "the shop's payout account is short of funds";
          case "PAYEE_NOT_FOUND" -> "the seller's MoMo account was not found";
          case "SERVICE_UNAVAILABLE", "INTERNAL_PROCESSING_ERROR" -> "MoMo is unavailable";
          case Refusal.SHOP_NOT_AUTHORISED -> "the shop's MoMo payout account is not set up";
          default -> "MoMo refused it" + (reason.isEmpty() ? "" : " (" + reason + ")");
        };
    // The shop does not retry a FAILED payout: the customer is told so, not promised a follow-up.
    return "Payment received, thank you! Paying the seller failed ("
        + why
        + "), so the seller has not been paid yet; please tell the staff. You do not need to pay"
        + " again.";
  }
}

package dev.momosim.shop;

import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoAuthenticationException;

/**
 * Why a creating POST (request-to-pay or transfer) was not accepted, as the shop records it: MoMo
 * refused it ({@code FAILED} with a code), or no answer came ({@code UNKNOWN}, no code).
 *
 * @param status {@code FAILED} or {@code UNKNOWN}
 * @param code MoMo's error code, {@link #SHOP_NOT_AUTHORISED}, or {@code null} when no answer came
 */
record Refusal(String status, String code) {

  /**
   * The shop's own credentials or setup were refused (a 401 or 403, or the token endpoint's {@code
   * login_failed}): the customer can do nothing about it, so they are never asked to try again.
   */
  static final String SHOP_NOT_AUTHORISED = "SHOP_NOT_AUTHORISED";

  static Refusal of(Throwable failure) {
    if (failure instanceof MomoAuthenticationException
        || failure instanceof MomoApiException api
            && (api.status() == 401 || api.status() == 403)) {
      return new Refusal("FAILED", SHOP_NOT_AUTHORISED);
    }
    if (failure instanceof MomoApiException api) {
      return new Refusal("FAILED", api.rawCode() != null ? api.rawCode() : api.reason().name());
    }
    return new Refusal("UNKNOWN", null);
  }

  /** Whether MoMo answered (and refused); otherwise the request may or may not have arrived. */
  boolean answered() {
    return code != null;
  }
}

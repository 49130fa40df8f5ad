package dev.momosim.simulator.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How errors are answered ({@code errors}).
 *
 * @param invalidCurrencyStatus the HTTP status of INVALID_CURRENCY: 500 as MTN's spec shows, 400 as
 *     its error page lists
 * @param reasonFormat how a FAILED transaction's {@code reason} is rendered
 * @param emptyPartyStatus the answer to a creating body whose payer or payee is {@code {}}: 500
 *     INTERNAL_PROCESSING_ERROR as MTN's sandbox answers, or 400 naming the first missing field
 */
public record ErrorSettings(
    int invalidCurrencyStatus, ReasonFormat reasonFormat, int emptyPartyStatus) {
  public ErrorSettings {
    Require.between(400, 599, invalidCurrencyStatus, "errors.invalidCurrencyStatus");
    if (emptyPartyStatus != 400 && emptyPartyStatus != 500) {
      throw new IllegalArgumentException(
          "errors.emptyPartyStatus must be 500 (as MTN) or 400, was " + emptyPartyStatus);
    }
    Require.present(reasonFormat, "errors.reasonFormat");
  }

  /** The values of {@code errors.reasonFormat}. */
  public enum ReasonFormat {
    /** A plain string, as the real sandbox answers. */
    @JsonProperty("string")
    STRING,
    /** {@code {"code", "message"}}, as MTN's spec shows. */
    @JsonProperty("object")
    OBJECT
  }
}

package dev.momosim.simulator.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How errors are answered ({@code errors}).
 *
 * @param invalidCurrencyStatus the HTTP status of INVALID_CURRENCY: 500 as MTN's spec shows, 400 as
 *     its error page lists
 * @param reasonFormat how a FAILED transaction's {@code reason} is rendered
 */
public record ErrorSettings(int invalidCurrencyStatus, ReasonFormat reasonFormat) {
  public ErrorSettings {
    Require.between(400, 599, invalidCurrencyStatus, "errors.invalidCurrencyStatus");
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

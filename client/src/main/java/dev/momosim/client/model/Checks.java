package dev.momosim.client.model;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The field rules MoMo enforces (amounts, currencies, messages, UUID v4 reference ids, URLs),
 * written once for the request records here and in the product packages, the builder and the
 * implementation. Each failure is an {@link IllegalArgumentException} saying what is wrong and why.
 * Stateless and thread-safe; it sits in the base package so that the records validate without
 * depending on {@code internal}.
 */
public final class Checks {

  /** MoMo's limit for payerMessage and payeeNote. */
  public static final int MAX_MESSAGE_LENGTH = 160;

  private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern UUID_V4 =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");

  private Checks() {}

  public static String notBlank(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  /**
   * A positive decimal written as MoMo expects it: digits with an optional fraction, no sign or
   * exponent.
   */
  public static String amount(String amount) {
    notBlank(amount, "amount");
    if (!AMOUNT.matcher(amount).matches()) {
      throw new IllegalArgumentException(
          "amount must be a positive decimal such as 100 or 12.50, got '" + amount + "'");
    }
    if (new BigDecimal(amount).signum() <= 0) {
      throw new IllegalArgumentException("amount must be greater than zero, got '" + amount + "'");
    }
    return amount;
  }

  /** Three letters (ISO 4217), returned in upper case. */
  public static String currency(String currency) {
    if (currency == null || !CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException(
          "currency must be a three-letter ISO 4217 code such as EUR, got '" + currency + "'");
    }
    return currency.toUpperCase(Locale.ROOT);
  }

  /** Optional payer message or payee note: at most 160 characters, no apostrophe or ampersand. */
  public static String message(String value, String field) {
    if (value == null) {
      return null;
    }
    if (value.length() > MAX_MESSAGE_LENGTH) {
      throw new IllegalArgumentException(
          field + " must be at most " + MAX_MESSAGE_LENGTH + " characters, got " + value.length());
    }
    if (value.indexOf('\'') >= 0 || value.indexOf('&') >= 0) {
      throw new IllegalArgumentException(
          field
              + " must not contain an apostrophe (') or an ampersand (&):"
              + " MoMo rejects them with 400");
    }
    return value;
  }

  /** A reference id must be a UUID version 4, as MoMo rejects other versions with 400. */
  public static String uuidV4(String value, String what) {
    if (value == null || !UUID_V4.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what
              + " must be a UUID version 4 such as "
              + UUID.randomUUID()
              + ", got '"
              + value
              + "'");
    }
    return value.toLowerCase(Locale.ROOT);
  }

  /** An absolute http(s) URL with a host; returns it trimmed. */
  public static String httpUrl(String url, String what) {
    try {
      URI uri = new URI(Objects.requireNonNull(url, what + " must not be null").trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            what + " must be an absolute http(s) URL, got '" + url + "'");
      }
      return url.trim();
    } catch (URISyntaxException bad) {
      throw new IllegalArgumentException(what + " is not a valid URL: '" + url + "'", bad);
    }
  }

  /** A callback URL, which may hold the {@code {referenceId}} placeholder; returns it trimmed. */
  public static String callbackUrl(String url) {
    httpUrl(url.replace("{referenceId}", "ref"), "callback URL");
    return url.trim();
  }
}

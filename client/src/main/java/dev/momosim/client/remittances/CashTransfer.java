package dev.momosim.client.remittances;

import dev.momosim.client.model.Checks;
import dev.momosim.client.model.Party;
import java.util.Objects;

/**
 * A cash transfer to a payee with the sender's KYC details ({@code POST
 * /remittance/v2_0/cashtransfer}, MoMo's {@code CashTransfer}). Only the amount, currency and payee
 * are required; build one with {@link #builder}. Immutable, thread-safe, validated at construction
 * as MTN's schema declares: amounts and currencies in MoMo's form, the identification type one of
 * its enum, messages at most 160 characters.
 *
 * @param amount a positive decimal string
 * @param currency a three-letter ISO 4217 code
 * @param payee who receives the money
 * @param externalId the caller's id, or {@code null}
 * @param originatingCountry the sender's country (sent as MTN spells it, {@code orginatingCountry})
 * @param originalAmount the amount in the sender's currency, or {@code null}
 * @param originalCurrency the sender's currency, or {@code null}
 * @param payerMessage at most 160 characters, no {@code '} or {@code &}; or {@code null}
 * @param payeeNote at most 160 characters, no {@code '} or {@code &}; or {@code null}
 * @param payerIdentificationType the sender's identification document, or {@code null}
 * @param payerIdentificationNumber its number, or {@code null}
 * @param payerIdentity the sender's identity, or {@code null}
 * @param payerFirstName the sender's first name, or {@code null}
 * @param payerSurName the sender's surname, or {@code null}
 * @param payerLanguageCode the sender's language, or {@code null}
 * @param payerEmail the sender's e-mail address, or {@code null}
 * @param payerMsisdn the sender's phone number, or {@code null}
 * @param payerGender the sender's gender, or {@code null}
 */
public record CashTransfer(
    String amount,
    String currency,
    Party payee,
    String externalId,
    String originatingCountry,
    String originalAmount,
    String originalCurrency,
    String payerMessage,
    String payeeNote,
    PayerIdentificationType payerIdentificationType,
    String payerIdentificationNumber,
    String payerIdentity,
    String payerFirstName,
    String payerSurName,
    String payerLanguageCode,
    String payerEmail,
    String payerMsisdn,
    String payerGender) {

  public CashTransfer {
    Checks.amount(amount);
    currency = Checks.currency(currency);
    Objects.requireNonNull(payee, "payee must not be null");
    if (originalAmount != null) {
      Checks.amount(originalAmount);
    }
    if (originalCurrency != null) {
      originalCurrency = Checks.currency(originalCurrency);
    }
    Checks.message(payerMessage, "payerMessage");
    Checks.message(payeeNote, "payeeNote");
  }

  /** A builder for a cash transfer of {@code amount} {@code currency} to {@code payee}. */
  public static Builder builder(String amount, String currency, Party payee) {
    return new Builder(amount, currency, payee);
  }

  /** Collects the optional fields; {@link #build()} validates. Not thread-safe. */
  public static final class Builder {
    private final String amount;
    private final String currency;
    private final Party payee;
    private String externalId;
    private String originatingCountry;
    private String originalAmount;
    private String originalCurrency;
    private String payerMessage;
    private String payeeNote;
    private PayerIdentificationType payerIdentificationType;
    private String payerIdentificationNumber;
    private String payerIdentity;
    private String payerFirstName;
    private String payerSurName;
    private String payerLanguageCode;
    private String payerEmail;
    private String payerMsisdn;
    private String payerGender;

    private Builder(String amount, String currency, Party payee) {
      this.amount = amount;
      this.currency = currency;
      this.payee = payee;
    }

    public Builder externalId(String value) {
      externalId = value;
      return this;
    }

    /** The sender's country, e.g. {@code SE}, and the amount in the sender's currency. */
    public Builder origin(String country, String amount, String currency) {
      originatingCountry = country;
      originalAmount = amount;
      originalCurrency = currency;
      return this;
    }

    public Builder messages(String payerMessage, String payeeNote) {
      this.payerMessage = payerMessage;
      this.payeeNote = payeeNote;
      return this;
    }

    /** The sender's identification document and its number. */
    public Builder identification(PayerIdentificationType type, String number) {
      payerIdentificationType = type;
      payerIdentificationNumber = number;
      return this;
    }

    public Builder payerIdentity(String value) {
      payerIdentity = value;
      return this;
    }

    public Builder payerName(String firstName, String surName) {
      payerFirstName = firstName;
      payerSurName = surName;
      return this;
    }

    public Builder payerLanguageCode(String value) {
      payerLanguageCode = value;
      return this;
    }

    public Builder payerEmail(String value) {
      payerEmail = value;
      return this;
    }

    public Builder payerMsisdn(String value) {
      payerMsisdn = value;
      return this;
    }

    public Builder payerGender(String value) {
      payerGender = value;
      return this;
    }

    /** The cash transfer; fails with IllegalArgumentException naming a wrong field. */
    public CashTransfer build() {
      return new CashTransfer(
          amount,
          currency,
          payee,
          externalId,
          originatingCountry,
          originalAmount,
          originalCurrency,
          payerMessage,
          payeeNote,
          payerIdentificationType,
          payerIdentificationNumber,
          payerIdentity,
          payerFirstName,
          payerSurName,
          payerLanguageCode,
          payerEmail,
          payerMsisdn,
          payerGender);
    }
  }
}

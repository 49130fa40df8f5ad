package dev.momosim.client.model;

/**
 * What every money-moving request has in common: an amount in a currency, the other party, an
 * optional external id and optional messages. Implemented by the immutable request records.
 */
public interface PaymentRequest {

  /** The amount as a decimal string, e.g. {@code "100"} or {@code "12.50"}. */
  String amount();

  /** The ISO 4217 currency, upper case. */
  String currency();

  /** The caller's own id for reconciliation, or {@code null}. */
  String externalId();

  /** The payer (request-to-pay) or payee (transfer). */
  Party party();

  /** The message shown to the payer, or {@code null}. */
  String payerMessage();

  /** The note shown to the payee, or {@code null}. */
  String payeeNote();
}

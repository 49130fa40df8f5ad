package dev.momosim.cli;

import dev.momosim.client.model.CreateOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the payment commands (request-to-pay, transfer, withdraw, deposit, refund) share: amount,
 * currency, ids, messages, and the {@link CreatingOptions}.
 */
final class PaymentOptions {
  @Option(
      names = "--amount",
      required = true,
      paramLabel = "A",
      description = "Amount, e.g. 100 or 12.50.")
  String amount;

  @Option(
      names = "--currency",
      defaultValue = "EUR",
      description = "Currency. Default: EUR (the sandbox's).")
  String currency;

  @Option(names = "--external-id", paramLabel = "X", description = "Your id for reconciliation.")
  String externalId;

  @Option(
      names = "--payer-message",
      paramLabel = "TEXT",
      description = "Shown to the payer (max 160).")
  String payerMessage;

  @Option(
      names = "--payee-note",
      paramLabel = "TEXT",
      description = "Note for the payee (max 160).")
  String payeeNote;

  @Mixin CreatingOptions creating;

  /** The reference id and callback URL to create with; a malformed one is a usage error. */
  CreateOptions createOptions() {
    return creating.createOptions();
  }
}

package dev.momosim.cli;

import dev.momosim.client.model.CreateOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** What request-to-pay and transfer share: amount, currency, ids, messages, callback, waiting. */
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
      names = "--reference-id",
      paramLabel = "UUID",
      description =
          "X-Reference-Id (UUID v4) to use; re-running with the same id never pays twice.")
  String referenceId;

  @Option(
      names = "--callback-url",
      paramLabel = "URL",
      description = "X-Callback-Url for the final status.")
  String callbackUrl;

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

  @Option(
      names = "--wait",
      description = "Wait until the payment is SUCCESSFUL or FAILED (exit 5 if FAILED).")
  boolean await;

  @Option(
      names = "--timeout",
      defaultValue = "5m",
      converter = DurationConverter.class,
      paramLabel = "DURATION",
      description = "How long --wait waits. Default: 5m.")
  Duration timeout;

  /** The reference id and callback URL to create with; a malformed one is a usage error. */
  CreateOptions createOptions() {
    return UsageException.check(
        () -> {
          CreateOptions options = CreateOptions.defaults();
          if (referenceId != null) {
            options = options.withReferenceId(referenceId);
          }
          return callbackUrl == null ? options : options.withCallbackUrl(callbackUrl);
        });
  }
}

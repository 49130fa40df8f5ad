package dev.momosim.cli;

import dev.momosim.client.model.CreateOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** What every creating command shares: the reference id, the callback URL, and waiting. */
final class CreatingOptions {
  @Option(
      names = "--reference-id",
      paramLabel = "UUID",
      description =
          "X-Reference-Id (UUID v4) to use; re-running with the same id never creates a second one.")
  String referenceId;

  @Option(
      names = "--callback-url",
      paramLabel = "URL",
      description = "X-Callback-Url for the final status.")
  String callbackUrl;

  @Option(
      names = "--wait",
      description = "Wait until it is SUCCESSFUL or FAILED (exit 5 if FAILED).")
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

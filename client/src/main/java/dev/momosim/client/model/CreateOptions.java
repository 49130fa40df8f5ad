package dev.momosim.client.model;

/**
 * Options of a creating call (request-to-pay, transfer). Immutable and thread-safe.
 *
 * <p>Choose the reference id yourself and store it before calling when the payment must not be made
 * twice: MoMo never makes a second payment under the same id. The client's own retries of one call
 * confirm a 409 by reading the payment; when you re-send a call yourself with an id already used,
 * it fails with {@link dev.momosim.client.exception.MomoConflictException}, and {@code status(id)}
 * tells you how the first one went. Without an id, a UUID v4 is generated and returned by the call.
 *
 * @param referenceId the {@code X-Reference-Id} (UUID v4), or {@code null} to generate one
 * @param callbackUrl the {@code X-Callback-Url}, or {@code null} for the client's default; a {@code
 *     {referenceId}} placeholder is replaced with the reference id
 */
public record CreateOptions(String referenceId, String callbackUrl) {

  private static final CreateOptions DEFAULTS = new CreateOptions(null, null);

  public CreateOptions {
    if (referenceId != null) {
      referenceId = Checks.uuidV4(referenceId, "reference id");
    }
    if (callbackUrl != null) {
      callbackUrl = Checks.callbackUrl(callbackUrl);
    }
  }

  /** A generated reference id and the client's default callback URL. */
  public static CreateOptions defaults() {
    return DEFAULTS;
  }

  /** These options with the given caller-chosen reference id (UUID v4). */
  public CreateOptions withReferenceId(String id) {
    return new CreateOptions(id, callbackUrl);
  }

  /** These options with the given callback URL. */
  public CreateOptions withCallbackUrl(String url) {
    return new CreateOptions(referenceId, url);
  }
}

package dev.momosim.client.model;

/**
 * Why a transaction FAILED, as MoMo reported it: a bare string such as {@code "NOT_ENOUGH_FUNDS"}
 * or an object {@code {"code","message"}}. Immutable and thread-safe.
 *
 * @param code the raw code as received, e.g. {@code NOT_ENOUGH_FUNDS}
 * @param message MoMo's message, or {@code null} when the reason was a bare string
 */
public record FailureReason(String code, String message) {

  /** The code as an enum; {@link ErrorReason#UNKNOWN} for codes this client does not know. */
  public ErrorReason errorReason() {
    return ErrorReason.fromCode(code);
  }
}

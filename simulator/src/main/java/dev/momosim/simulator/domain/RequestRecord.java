package dev.momosim.simulator.domain;

import java.time.Instant;

/**
 * One journalled request, already redacted. Kept as plain fields and turned into JSON only when
 * read, so journalling costs little on the request path.
 *
 * @param headers name, value, name, value, ... with secret values replaced
 * @param errorCode for refusals, the MoMo code (or {@code GATEWAY_401}, {@code login_failed},
 *     {@code RESOURCE_NOT_FOUND} for a path with no operation); else null
 */
public record RequestRecord(
    long id,
    Instant at,
    String method,
    String path,
    String query,
    String product,
    String referenceId,
    String[] headers,
    String body,
    int status,
    double durationMillis,
    String errorCode,
    String errorMessage) {
  /** What the journal files provisioning requests under, beside the products' names. */
  public static final String PROVISIONING = "provisioning";
}

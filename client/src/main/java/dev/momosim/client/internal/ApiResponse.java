package dev.momosim.client.internal;

import io.vertx.core.buffer.Buffer;

/**
 * An HTTP answer, whatever its status.
 *
 * @param status the HTTP status
 * @param body the body, empty when none
 * @param retryAfter the {@code Retry-After} header, or {@code null}
 */
public record ApiResponse(int status, Buffer body, String retryAfter) {

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** Status and size only: a body can carry an access token or an API key. */
  @Override
  public String toString() {
    return "ApiResponse[status="
        + status
        + ", body="
        + (body == null ? 0 : body.length())
        + " bytes]";
  }
}

package dev.momosim.client.internal;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.util.Map;

/**
 * One call to make, before the channel adds credentials. Immutable; {@link #toString()} shows no
 * header.
 *
 * @param method the HTTP method
 * @param path the path from the API root, e.g. {@code /collection/v1_0/requesttopay}
 * @param headers extra headers (X-Reference-Id, X-Callback-Url)
 * @param body the JSON body, or {@code null} for none
 * @param referenceId the reference id concerned, for error messages, or {@code null}
 */
public record ApiRequest(
    HttpMethod method, String path, Map<String, String> headers, Buffer body, String referenceId) {

  public ApiRequest {
    headers = Map.copyOf(headers);
  }

  public static ApiRequest get(String path, String referenceId) {
    return new ApiRequest(HttpMethod.GET, path, Map.of(), null, referenceId);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}

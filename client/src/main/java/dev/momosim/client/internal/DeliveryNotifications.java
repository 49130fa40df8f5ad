package dev.momosim.client.internal;

import dev.momosim.client.exception.MomoRateLimitException;
import dev.momosim.client.exception.MomoServerException;
import dev.momosim.client.exception.MomoTransportException;
import dev.momosim.client.model.Checks;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Sends delivery notifications for request-to-pay ({@code POST
 * v1_0/requesttopay/{ref}/deliverynotification}). MoMo answers 429 to a repeat after a successful
 * one, so a 429 is not retried: on the first attempt it is the caller's answer; after an attempt
 * whose outcome is unknown (no answer, or 5xx) it means that attempt was delivered. Thread-safe.
 */
final class DeliveryNotifications {

  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");

  private final ApiChannel channel;

  DeliveryNotifications(ApiChannel channel) {
    this.channel = channel;
  }

  Future<Void> send(String referenceId, String message, String language) {
    String id = Checks.notBlank(referenceId, "reference id");
    Checks.notBlank(message, "notificationMessage");
    if (message.length() > Checks.MAX_MESSAGE_LENGTH) {
      throw new IllegalArgumentException(
          "notificationMessage must be at most "
              + Checks.MAX_MESSAGE_LENGTH
              + " characters, got "
              + message.length());
    }
    if (message.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "notificationMessage must not contain control characters: it is sent as a header");
    }
    if (message.chars().anyMatch(c -> c > 0xFF)) {
      // An HTTP header carries ISO-8859-1: the header would not say what the body says.
      throw new IllegalArgumentException(
          "notificationMessage must be ISO-8859-1 text: it is sent as a header too");
    }
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "language must be an ISO 639-1 or 639-3 code such as en or eng, got '" + language + "'");
    }
    Map<String, String> headers = new HashMap<>();
    headers.put("notificationMessage", message);
    if (language != null) {
      headers.put("Language", language);
    }
    ApiRequest request =
        new ApiRequest(
            HttpMethod.POST,
            channel.pathPrefix()
                + "/v1_0/requesttopay/"
                + ProductEndpoints.segment(id)
                + "/deliverynotification",
            headers,
            new JsonObject().put("notificationMessage", message).toBuffer(),
            id);
    AtomicBoolean mayHaveLanded = new AtomicBoolean();
    return channel
        .withRetries(
            request.toString(),
            attempt ->
                channel
                    .once(request)
                    .map(delivered -> (MomoRateLimitException) null)
                    .recover(
                        failure -> {
                          if (failure instanceof MomoRateLimitException repeated) {
                            return Future.succeededFuture(mayHaveLanded.get() ? null : repeated);
                          }
                          if (failure instanceof MomoTransportException
                              || failure instanceof MomoServerException) {
                            mayHaveLanded.set(true);
                          }
                          return Future.failedFuture(failure);
                        }))
        .compose(
            refused -> refused == null ? Future.succeededFuture() : Future.failedFuture(refused));
  }
}

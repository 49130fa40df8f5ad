package dev.momosim.simulator.http;

import dev.momosim.simulator.app.DeliveryNotifications;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code POST /{product}/v1_0/requesttopay/{referenceId}/deliverynotification}: 200 with an empty
 * body. The message comes in the {@code notificationMessage} header (MTN's definition requires it)
 * or the body's {@code notificationMessage} (MTN's SDK sends the body and the header only
 * optionally); the header wins when both come. The path says {@code requesttopay} under every
 * product, as MTN's SDK sends it; the reference names a transaction of the path's product, or under
 * disbursement and remittance the caller's collection request-to-pay (as MTN's SDK uses it).
 */
final class DeliveryNotificationHandler implements Handler<RoutingContext> {
  private static final int MAX_MESSAGE = 160;
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");

  private final Function<RoutingContext, DeliveryNotifications> notifications;
  private final Product product;

  DeliveryNotificationHandler(
      Function<RoutingContext, DeliveryNotifications> notifications, Product product) {
    this.notifications = notifications;
    this.product = product;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String referenceId = ReferenceIds.fromPath(ctx.pathParam("referenceId"));
    message(ctx);
    String language = ctx.request().getHeader("Language");
    if (language != null && !LANGUAGE.matcher(language.trim()).matches()) {
      throw MomoException.badRequest(
          "Language must be an ISO 639-1 or 639-3 code such as \"en\", was: " + language);
    }
    ApiUser user = ctx.get(ContextKeys.API_USER);
    notifications
        .apply(ctx)
        .notify(product, referenceId, user.id())
        .onSuccess(notified -> Responses.empty(ctx, 200))
        .onFailure(ctx::fail);
  }

  private static String message(RoutingContext ctx) {
    String header = ctx.request().getHeader("notificationMessage");
    String message = header != null ? header : bodyMessage(ctx);
    if (message == null || message.isBlank()) {
      throw MomoException.badRequest(
          "notificationMessage is required: in the notificationMessage header or the body"
              + " {\"notificationMessage\":\"...\"}.");
    }
    if (message.length() > MAX_MESSAGE) {
      throw MomoException.badRequest(
          "notificationMessage must be at most "
              + MAX_MESSAGE
              + " characters, was "
              + message.length()
              + ".");
    }
    return message;
  }

  private static String bodyMessage(RoutingContext ctx) {
    Buffer body = ctx.body().buffer();
    if (body == null || body.length() == 0) {
      return null;
    }
    JsonObject object = JsonBodies.object(ctx);
    Object value = object.getValue("notificationMessage");
    if (value != null && !(value instanceof String)) {
      throw MomoException.badRequest("notificationMessage must be a string.");
    }
    return (String) value;
  }
}

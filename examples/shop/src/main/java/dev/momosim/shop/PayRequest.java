package dev.momosim.shop;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A checked {@code POST /pay}: from JSON ({@code {"phone","productId","qty","orderId"}}) or a form
 * with the same fields. The order id (field {@code orderId} or header {@code Idempotency-Key})
 * makes a repeated submit join the first; without one every request is a new order.
 */
record PayRequest(String phone, Product product, int qty, String orderId) {
  static final int MAX_QTY = 99;
  private static final Pattern PHONE = Pattern.compile("\\d{5,15}");
  private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /** Bad input: the HTTP status, the field at fault and a message naming it. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String field;

    Invalid(int status, String field, String message) {
      super(message, null, false, false);
      this.status = status;
      this.field = field;
    }

    int status() {
      return status;
    }

    String field() {
      return field;
    }
  }

  /** Reads a JSON object body. */
  static PayRequest fromJson(JsonObject body, String idempotencyKey) {
    return of(
        text(body.getValue("phone")),
        text(body.getValue("productId")),
        text(body.getValue("qty")),
        firstNonBlank(text(body.getValue("orderId")), idempotencyKey));
  }

  /** Reads form fields. */
  static PayRequest fromForm(MultiMap form, String idempotencyKey) {
    return of(
        form.get("phone"),
        form.get("productId"),
        form.get("qty"),
        firstNonBlank(form.get("orderId"), idempotencyKey));
  }

  static PayRequest of(String phone, String productId, String qty, String orderId) {
    String number = phone == null ? "" : phone.strip().replace(" ", "");
    if (number.startsWith("+")) {
      number = number.substring(1);
    }
    if (!PHONE.matcher(number).matches()) {
      throw new Invalid(
          400, "phone", "phone must be a MoMo number of 5 to 15 digits, e.g. 46733123454");
    }
    Product product =
        Product.byId(integer(productId, "productId"))
            .orElseThrow(() -> new Invalid(400, "productId", "productId must be 1 or 2"));
    int count = integer(qty == null || qty.isBlank() ? "1" : qty, "qty");
    if (count < 1 || count > MAX_QTY) {
      throw new Invalid(400, "qty", "qty must be a whole number from 1 to " + MAX_QTY);
    }
    String id =
        orderId == null || orderId.isBlank() ? UUID.randomUUID().toString() : orderId.strip();
    if (!ORDER_ID.matcher(id).matches()) {
      throw new Invalid(400, "orderId", "orderId must be 1 to 64 letters, digits, '-' or '_'");
    }
    return new PayRequest(number, product, count, id);
  }

  private static int integer(String value, String field) {
    try {
      return Integer.parseInt(value == null ? "" : value.strip());
    } catch (NumberFormatException notANumber) {
      throw new Invalid(400, field, field + " must be a whole number");
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String firstNonBlank(String first, String second) {
    return first != null && !first.isBlank() ? first : second;
  }
}

package dev.momosim.client.internal;

import dev.momosim.client.exception.MomoProtocolException;
import dev.momosim.client.model.ConsentAuthorization;
import dev.momosim.client.model.ConsentToken;
import dev.momosim.client.model.UserInfo;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/** Form bodies and answers of the consent flow (bc-authorize, oauth2 token, userinfo). */
final class ConsentJson {

  private ConsentJson() {}

  /** An {@code application/x-www-form-urlencoded} body of the non-null entries, in order. */
  static Buffer form(Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach(
        (name, value) -> {
          if (value != null) {
            body.add(encode(name) + "=" + encode(value));
          }
        });
    return Buffer.buffer(body.toString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static ConsentAuthorization authorization(ApiResponse response) {
    JsonObject json = ResponseJson.object(response, "bc-authorize answer");
    try {
      return new ConsentAuthorization(
          Json.text(json, "auth_req_id"),
          seconds(json, "interval", "bc-authorize answer"),
          seconds(json, "expires_in", "bc-authorize answer"));
    } catch (IllegalArgumentException | NullPointerException bad) {
      throw new MomoProtocolException(
          "cannot read bc-authorize answer: " + bad.getMessage(), null, bad);
    }
  }

  /** Never echoes a token in a message. */
  static ConsentToken token(ApiResponse response) {
    JsonObject json = ResponseJson.object(response, "consent token answer");
    if (Json.text(json, "access_token") == null) {
      throw new MomoProtocolException("consent token answer has no 'access_token'", null, null);
    }
    return new ConsentToken(
        Json.text(json, "access_token"),
        Json.text(json, "token_type"),
        optionalSeconds(json, "expires_in", "consent token answer"),
        Json.text(json, "scope"),
        Json.text(json, "refresh_token"),
        optionalSeconds(json, "refresh_token_expired_in", "consent token answer"));
  }

  static UserInfo userInfo(ApiResponse response) {
    JsonObject json = ResponseJson.object(response, "user info");
    return new UserInfo(
        Json.text(json, "sub"),
        Json.text(json, "name"),
        Json.text(json, "given_name"),
        Json.text(json, "family_name"),
        Json.text(json, "middle_name"),
        Json.text(json, "email"),
        bool(json, "email_verified"),
        Json.text(json, "gender"),
        Json.text(json, "locale"),
        Json.text(json, "phone_number"),
        bool(json, "phone_number_verified"),
        address(json.getValue("address")),
        updatedAt(json),
        Json.text(json, "status"),
        Json.text(json, "birthdate"),
        Json.text(json, "credit_score"),
        bool(json, "active"),
        Json.text(json, "country_of_birth"),
        Json.text(json, "region_of_birth"),
        Json.text(json, "city_of_birth"),
        Json.text(json, "occupation"),
        Json.text(json, "employer_name"),
        Json.text(json, "identification_type"),
        Json.text(json, "identification_value"));
  }

  /** The schema says a string, the sandbox sends an object: both are kept. */
  private static UserInfo.Address address(Object value) {
    if (value instanceof JsonObject object) {
      return new UserInfo.Address(
          Json.text(object, "formatted"),
          Json.text(object, "street_address"),
          Json.text(object, "postal_code"),
          Json.text(object, "locality"),
          Json.text(object, "region"),
          Json.text(object, "country"));
    }
    return value == null
        ? null
        : new UserInfo.Address(value.toString(), null, null, null, null, null);
  }

  private static Long updatedAt(JsonObject json) {
    String text = Json.text(json, "updated_at");
    try {
      return text == null ? null : new BigDecimal(text.trim()).longValue();
    } catch (NumberFormatException notNumber) {
      throw new MomoProtocolException("user info has a non-numeric 'updated_at'", null, notNumber);
    }
  }

  private static Boolean bool(JsonObject json, String field) {
    String text = Json.text(json, field);
    return text == null ? null : Boolean.parseBoolean(text.trim());
  }

  private static Duration seconds(JsonObject json, String field, String what) {
    Duration value = optionalSeconds(json, field, what);
    if (value == null) {
      throw new MomoProtocolException(what + " has no '" + field + "'", null, null);
    }
    return value;
  }

  /** A number of seconds, possibly fractional or sent as a string; {@code null} when absent. */
  private static Duration optionalSeconds(JsonObject json, String field, String what) {
    String text = Json.text(json, field);
    if (text == null) {
      return null;
    }
    try {
      BigDecimal seconds = new BigDecimal(text.trim());
      return Duration.ofMillis(seconds.movePointRight(3).longValue());
    } catch (NumberFormatException notNumber) {
      throw new MomoProtocolException(what + " has a non-numeric '" + field + "'", null, notNumber);
    }
  }
}

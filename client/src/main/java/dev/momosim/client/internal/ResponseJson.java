package dev.momosim.client.internal;

import dev.momosim.client.exception.MomoProtocolException;
import dev.momosim.client.model.Balance;
import dev.momosim.client.model.BasicUserInfo;
import dev.momosim.client.provisioning.ApiUser;
import io.vertx.core.json.JsonObject;

/**
 * Readers of the small success bodies; each fails with {@link MomoProtocolException} when a field
 * is missing.
 */
public final class ResponseJson {

  private ResponseJson() {}

  public static Balance balance(ApiResponse response) {
    JsonObject json = object(response, "balance");
    return new Balance(
        required(json, "availableBalance", "balance"), required(json, "currency", "balance"));
  }

  public static boolean result(ApiResponse response) {
    Object result = object(response, "account holder status").getValue("result");
    if (result instanceof Boolean value) {
      return value;
    }
    if (result instanceof String text
        && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(text);
    }
    throw new MomoProtocolException("account holder status has no boolean 'result'", null, null);
  }

  public static BasicUserInfo basicUserInfo(ApiResponse response) {
    JsonObject json = object(response, "basic user info");
    return new BasicUserInfo(
        Json.text(json, "given_name"),
        Json.text(json, "family_name"),
        Json.text(json, "birthdate"),
        Json.text(json, "locale"),
        Json.text(json, "gender"),
        Json.text(json, "status"));
  }

  public static ApiUser apiUser(ApiResponse response, String userId) {
    JsonObject json = object(response, "API user " + userId);
    return new ApiUser(
        Json.text(json, "providerCallbackHost"), Json.text(json, "targetEnvironment"));
  }

  public static String apiKey(ApiResponse response) {
    return required(object(response, "API key"), "apiKey", "API key answer");
  }

  /** The access token and its lifetime in seconds; never echoes the token in a message. */
  public static AccessTokenGrant token(ApiResponse response) {
    JsonObject json = object(response, "token answer");
    String token = required(json, "access_token", "token answer");
    String expiresIn = required(json, "expires_in", "token answer");
    try {
      return new AccessTokenGrant(token, Long.parseLong(expiresIn.trim()));
    } catch (NumberFormatException notNumber) {
      throw new MomoProtocolException(
          "token answer has a non-numeric 'expires_in'", null, notNumber);
    }
  }

  static JsonObject object(ApiResponse response, String what) {
    JsonObject json = Json.objectOrNull(response.body().toString());
    if (json == null) {
      throw new MomoProtocolException(
          what + " is not a JSON object (HTTP " + response.status() + ")", null, null);
    }
    return json;
  }

  private static String required(JsonObject json, String field, String what) {
    String value = Json.text(json, field);
    if (value == null) {
      throw new MomoProtocolException(what + " has no '" + field + "'", null, null);
    }
    return value;
  }

  /** A token as granted: the secret value and its lifetime. */
  public record AccessTokenGrant(String value, long expiresInSeconds) {
    @Override
    public String toString() {
      return "AccessTokenGrant[value=***, expiresInSeconds=" + expiresInSeconds + "]";
    }
  }
}

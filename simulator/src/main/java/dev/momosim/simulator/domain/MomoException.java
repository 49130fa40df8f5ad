package dev.momosim.simulator.domain;

/**
 * A refusal the simulator answers in MoMo's shape: an HTTP status, a MoMo error code and a message.
 * Thrown by the domain and rendered in one place by the HTTP failure handler.
 */
public class MomoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public MomoException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public static MomoException badRequest(String message) {
    return new MomoException(400, "BAD_REQUEST", message);
  }

  public static MomoException notFound() {
    return new MomoException(404, "RESOURCE_NOT_FOUND", "Requested resource was not found.");
  }

  public static MomoException duplicate() {
    return new MomoException(
        409, "RESOURCE_ALREADY_EXIST", "Duplicated reference id. Creation of resource failed.");
  }

  public static MomoException targetEnvironmentForbidden() {
    return new MomoException(
        500, "NOT_ALLOWED_TARGET_ENVIRONMENT", "Access to target environment is forbidden.");
  }

  public static MomoException callbackHostMismatch() {
    return new MomoException(
        500, "INVALID_CALLBACK_URL_HOST", "Callback URL does not match the configured value.");
  }

  public static MomoException invalidCurrency(int status) {
    return new MomoException(status, "INVALID_CURRENCY", "Currency not supported.");
  }

  public static MomoException unauthorized(String message) {
    return new MomoException(401, "UNAUTHORIZED", message);
  }
}

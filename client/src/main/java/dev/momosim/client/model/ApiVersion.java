package dev.momosim.client.model;

/**
 * The version of an operation that MoMo offers in two (request-to-withdraw, deposit, refund). The
 * body and the status read are the same; MoMo sends the callback of a v1 call by POST and of a v2
 * call by PUT.
 */
public enum ApiVersion {
  /** {@code v1_0}: callback by POST. */
  V1("v1_0"),
  /** {@code v2_0}: callback by PUT. The client's default. */
  V2("v2_0");

  private final String pathSegment;

  ApiVersion(String pathSegment) {
    this.pathSegment = pathSegment;
  }

  /** The path segment, e.g. {@code v2_0}. */
  public String pathSegment() {
    return pathSegment;
  }
}

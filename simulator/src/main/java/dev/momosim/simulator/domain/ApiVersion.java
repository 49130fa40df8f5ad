package dev.momosim.simulator.domain;

/**
 * The version segment of the path a creating request came in on. MTN's definitions label the
 * callbacks of v1 operations POST and those of v2 operations PUT (momo-api.md §12), which the
 * callback method {@code BY_VERSION} follows.
 */
public enum ApiVersion {
  V1_0("v1_0"),
  V2_0("v2_0");

  private final String pathSegment;

  ApiVersion(String pathSegment) {
    this.pathSegment = pathSegment;
  }

  /** As in the path: {@code v1_0} or {@code v2_0}. */
  public String pathSegment() {
    return pathSegment;
  }
}

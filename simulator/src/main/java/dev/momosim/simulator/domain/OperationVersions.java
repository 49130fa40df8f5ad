package dev.momosim.simulator.domain;

/**
 * The API version in each operation's path, which decides the callback method "by version". Kept
 * here rather than on {@link Operation} because only callbacks care; the switch has no default, so
 * a new operation does not compile until its version is stated.
 */
final class OperationVersions {
  private OperationVersions() {}

  /** The version segment of the operation's creating path, e.g. {@code v1_0}. */
  static String pathVersion(Operation operation) {
    return switch (operation) {
      case REQUEST_TO_PAY -> "v1_0"; // POST /collection/v1_0/requesttopay
      case TRANSFER -> "v1_0"; // POST /{disbursement|remittance}/v1_0/transfer
    };
  }

  static boolean isV1(Operation operation) {
    return pathVersion(operation).startsWith("v1_");
  }
}

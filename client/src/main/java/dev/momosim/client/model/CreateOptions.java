package dev.momosim.client.model;

/**
 * Options of a creating call (request-to-pay, transfer). Immutable and thread-safe.
 *
 * <p>Choose the reference id yourself and store it before calling when the payment must not be made
 * twice: MoMo never makes a second payment under the same id. The client's own retries of one call
 * confirm a 409 by reading the payment; when you re-send a call yourself with an id already used,
 * it fails with {@link dev.momosim.client.exception.MomoConflictException}, and {@code status(id)}
 * tells you how the first one went. Without an id, a UUID v4 is generated and returned by the call.
 *
 * @param referenceId the {@code X-Reference-Id} (UUID v4), or {@code null} to generate one
 * @param callbackUrl the {@code X-Callback-Url}, or {@code null} for the client's default; a {@code
 *     {referenceId}} placeholder is replaced with the reference id
 * @param scenario the {@code X-Momo-Sim-Scenario} header, or {@code null} for none: see {@link
 *     #withScenario(String)}
 */
public record CreateOptions(String referenceId, String callbackUrl, String scenario) {

  /** The longest scenario the simulator reads, in characters. */
  public static final int MAX_SCENARIO_LENGTH = 1024;

  private static final CreateOptions DEFAULTS = new CreateOptions(null, null, null);

  public CreateOptions {
    if (referenceId != null) {
      referenceId = Checks.uuidV4(referenceId, "reference id");
    }
    if (callbackUrl != null) {
      callbackUrl = Checks.callbackUrl(callbackUrl);
    }
    if (scenario != null) {
      scenario = scenario(scenario);
    }
  }

  /** A reference id and callback URL, without a scenario. */
  public CreateOptions(String referenceId, String callbackUrl) {
    this(referenceId, callbackUrl, null);
  }

  /** A generated reference id and the client's default callback URL. */
  public static CreateOptions defaults() {
    return DEFAULTS;
  }

  /** These options with the given caller-chosen reference id (UUID v4). */
  public CreateOptions withReferenceId(String id) {
    return new CreateOptions(id, callbackUrl, scenario);
  }

  /** These options with the given callback URL. */
  public CreateOptions withCallbackUrl(String url) {
    return new CreateOptions(referenceId, url, scenario);
  }

  /**
   * These options with a scenario for momo-sim, sent as the {@code X-Momo-Sim-Scenario} header: the
   * simulator then ends this one payment as the scenario says, over its rules (e.g. {@code
   * "FAILED:APPROVAL_REJECTED,DELAY:90"}, or a rule outcome as JSON; momo-sim's docs/scenarios.md).
   * MTN's sandbox ignores the header, so code that sets it runs there too, with the sandbox's own
   * outcome. Every attempt of the call carries it: a scenario such as {@code HTTP:503} fails the
   * client's retries too. The simulator checks the value and refuses one it cannot use with {@link
   * dev.momosim.client.exception.MomoValidationException}.
   *
   * @param scenario not blank, at most {@value #MAX_SCENARIO_LENGTH} characters, one line
   */
  public CreateOptions withScenario(String scenario) {
    return new CreateOptions(referenceId, callbackUrl, scenario);
  }

  private static String scenario(String value) {
    Checks.notBlank(value, "scenario");
    if (value.length() > MAX_SCENARIO_LENGTH) {
      throw new IllegalArgumentException(
          "scenario must be at most " + MAX_SCENARIO_LENGTH + " characters");
    }
    if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("scenario must be one line without control characters");
    }
    return value;
  }
}

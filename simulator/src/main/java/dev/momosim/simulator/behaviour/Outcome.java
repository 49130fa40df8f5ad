package dev.momosim.simulator.behaviour;

import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.TransactionStatus;
import java.time.Duration;

/**
 * How a matching payment behaves.
 *
 * @param finalStatus SUCCESSFUL or FAILED (ignored when {@code manual})
 * @param reason the FAILED reason code, or null
 * @param delay how long after acceptance the final status is reached
 * @param initialStatus the status shown until then: PENDING or CREATED
 * @param manual stays pending until someone approves, rejects or the approval window ends
 * @param httpFault a fault on the creating call, or null
 * @param callbackFault what happens to the callback
 */
public record Outcome(
    TransactionStatus finalStatus,
    String reason,
    Duration delay,
    TransactionStatus initialStatus,
    boolean manual,
    HttpFault httpFault,
    CallbackFault callbackFault) {

  public static final Outcome SUCCEED_AT_ONCE =
      new Outcome(
          TransactionStatus.SUCCESSFUL,
          null,
          Duration.ZERO,
          TransactionStatus.PENDING,
          false,
          null,
          CallbackFault.NONE);

  public static final Outcome MANUAL =
      new Outcome(
          TransactionStatus.SUCCESSFUL,
          null,
          Duration.ZERO,
          TransactionStatus.PENDING,
          true,
          null,
          CallbackFault.NONE);
}

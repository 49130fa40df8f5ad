package dev.momosim.simulator.behaviour;

import java.time.Duration;

/**
 * A fault injected into the creating call itself: an error answer (status, MoMo code, message), or
 * only a response delay when {@code status} is 0.
 */
public record HttpFault(int status, String code, String message, Duration responseDelay) {
  public boolean answersWithError() {
    return status > 0;
  }
}

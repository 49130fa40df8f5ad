package dev.momosim.simulator.domain;

import java.util.concurrent.ThreadLocalRandom;

/** MTN's financialTransactionId: a numeric string of 9 or 10 digits, never a UUID. */
public final class FinancialTransactionIds {
  private FinancialTransactionIds() {}

  public static String next() {
    return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 10_000_000_000L));
  }
}

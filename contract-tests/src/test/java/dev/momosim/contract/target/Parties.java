package dev.momosim.contract.target;

import dev.momosim.client.model.Party;
import java.util.concurrent.ThreadLocalRandom;

/** Payers and payees for tests. */
public final class Parties {

  /** MTN's "any other number succeeds" in the sandbox; the README's walk-through payer. */
  public static final String ORDINARY_MSISDN = "256774290781";

  private Parties() {}

  /**
   * A phone number no sandbox rule knows and no other test uses, so rules and ledger checks scoped
   * to it cannot disturb other tests on a shared simulator.
   */
  public static Party fresh() {
    return Party.msisdn(
        "2567" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
  }
}

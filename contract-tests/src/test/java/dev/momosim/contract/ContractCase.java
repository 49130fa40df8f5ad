package dev.momosim.contract;

import dev.momosim.contract.parity.Observations;
import dev.momosim.contract.target.MomoTarget;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every contract test class starts with: the target under test and the recorder of what it
 * answered for the parity report, given by the {@code @Contract} extension before each test (and
 * before a subclass's own {@code @BeforeEach}).
 */
abstract class ContractCase {
  protected MomoTarget target;
  protected Observations seen;

  @BeforeEach
  final void bindTarget(MomoTarget target, Observations seen) {
    this.target = target;
    this.seen = seen;
  }
}

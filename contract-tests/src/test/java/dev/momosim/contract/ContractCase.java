package dev.momosim.contract;

import dev.momosim.contract.target.MomoTarget;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every contract test class starts with: the target under test, given by the {@code @Contract}
 * extension before each test (and before a subclass's own {@code @BeforeEach}). What the target
 * answers is recorded for the parity report off the wire, not by the tests.
 */
abstract class ContractCase {
  protected MomoTarget target;

  @BeforeEach
  final void bindTarget(MomoTarget target) {
    this.target = target;
  }
}

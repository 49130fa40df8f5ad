package dev.momosim.simulator.app.port;

import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.ClockState;
import dev.momosim.simulator.domain.RequestRecord;
import dev.momosim.simulator.domain.Transaction;
import java.time.Instant;

/** A kept change of state, as announced on the {@link ChangeFeed}. */
public sealed interface Change {
  /** A transaction was accepted or changed status. */
  record TransactionChanged(Transaction transaction) implements Change {}

  /** A callback delivery was journalled or changed. */
  record CallbackChanged(CallbackDelivery delivery) implements Change {}

  /** A request was journalled. */
  record RequestRecorded(RequestRecord entry) implements Change {}

  /** The clock was moved, frozen or resumed; {@code now} is the instant it then showed. */
  record ClockChanged(Instant now, ClockState state) implements Change {}

  record ApprovalModeChanged(ApprovalMode mode) implements Change {}

  /** The rules were replaced, added to or cleared; {@code count} rules are now in force. */
  record RulesChanged(int count) implements Change {}

  /** The simulator went back to its configured start state. */
  record Reset(Instant now) implements Change {}

  /** A tenant was deleted (docs/tenants.md): every instance forgets it. */
  record TenantDeleted(String tenant) implements Change {}
}

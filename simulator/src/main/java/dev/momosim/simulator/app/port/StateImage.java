package dev.momosim.simulator.app.port;

import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.RuleUses;
import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.ClockState;
import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import dev.momosim.simulator.domain.ForgottenWallets;
import dev.momosim.simulator.domain.TokenGrant;
import dev.momosim.simulator.domain.Transaction;
import java.util.List;
import java.util.Objects;

/**
 * The whole kept state of a simulator at one instant, as plain values: what a snapshot file, {@code
 * GET /_sim/state} and {@code momo-sim state export} hold, and what restoring puts back. The
 * request log is not part of it (it is a diagnostic view, not state). Lists are oldest first, so
 * restoring them in order gives retention the same order of age.
 *
 * @param accounts every kept account with its opening balance and balance
 * @param lastCallbackNumber the number in the last callback id given ({@code cb-N}), so ids keep
 *     increasing after a restore
 * @param consents every kept consent request ({@code bc-authorize})
 * @param consentGrants what is kept of the oauth2 tokens consents were redeemed for (digests)
 */
public record StateImage(
    List<ApiUser> apiUsers,
    List<TokenGrant> tokens,
    List<Transaction> transactions,
    List<AccountBalance> accounts,
    ForgottenWallets forgottenWallets,
    RuleUses rules,
    ApprovalMode approvalMode,
    ClockState clock,
    List<CallbackDelivery> callbacks,
    long lastCallbackNumber,
    List<ConsentRequest> consents,
    List<ConsentGrant> consentGrants) {
  public StateImage {
    apiUsers = List.copyOf(apiUsers);
    tokens = List.copyOf(tokens);
    transactions = List.copyOf(transactions);
    accounts = List.copyOf(accounts);
    Objects.requireNonNull(forgottenWallets, "forgottenWallets");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(approvalMode, "approvalMode");
    Objects.requireNonNull(clock, "clock");
    callbacks = List.copyOf(callbacks);
    consents = List.copyOf(consents);
    consentGrants = List.copyOf(consentGrants);
  }

  /** An image without consents. */
  public StateImage(
      List<ApiUser> apiUsers,
      List<TokenGrant> tokens,
      List<Transaction> transactions,
      List<AccountBalance> accounts,
      ForgottenWallets forgottenWallets,
      RuleUses rules,
      ApprovalMode approvalMode,
      ClockState clock,
      List<CallbackDelivery> callbacks,
      long lastCallbackNumber) {
    this(
        apiUsers,
        tokens,
        transactions,
        accounts,
        forgottenWallets,
        rules,
        approvalMode,
        clock,
        callbacks,
        lastCallbackNumber,
        List.of(),
        List.of());
  }
}

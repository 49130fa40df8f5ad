package dev.momosim.simulator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.behaviour.SandboxNumbers.AccountHolder;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.behaviour.SandboxNumbers.Payment;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Party;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default rule file, the one place the simulator keeps MTN's sandbox test numbers, agrees with
 * MTN's documented table in {@code docs/momo-api.md} §13.2(b) as {@link SandboxNumbers} reads it:
 * every documented number has a rule with its documented outcome, every documented account holder
 * its documented answer, and the file names nothing the table does not.
 */
class SandboxRuleFileTest {
  private final RuleSet defaults = SimulatorConfig.defaults().ruleParser().sandboxDefaults();
  private final RuleBook book = new RuleBook(1, defaults.rules());

  static Stream<Arguments> documentedPayments() {
    SandboxNumbers sandbox = SandboxNumbers.read();
    // §13.2(b): the payer column holds for RequestToPay, RequestToWithdraw and Deposit, except its
    // TransfertypeUnknown row, marked "RequestToPay only"; the simulator holds the Transfer
    // column for cash transfers too.
    Stream<Arguments> payers =
        sandbox.payments(Column.REQUEST_TO_PAY).stream()
            .flatMap(
                payer ->
                    payer.label().equals("TransfertypeUnknown")
                        ? Stream.of(
                            Arguments.of(Product.COLLECTION, Operation.REQUEST_TO_PAY, payer))
                        : Stream.of(
                            Arguments.of(Product.COLLECTION, Operation.REQUEST_TO_PAY, payer),
                            Arguments.of(Product.COLLECTION, Operation.REQUEST_TO_WITHDRAW, payer),
                            Arguments.of(Product.DISBURSEMENT, Operation.DEPOSIT, payer)));
    Stream<Arguments> payees =
        Stream.of(
                Arguments.of(Product.DISBURSEMENT, Operation.TRANSFER),
                Arguments.of(Product.REMITTANCE, Operation.TRANSFER),
                Arguments.of(Product.REMITTANCE, Operation.CASH_TRANSFER))
            .flatMap(
                productOperation ->
                    sandbox.payments(Column.TRANSFER).stream()
                        .map(
                            payee ->
                                Arguments.of(
                                    productOperation.get()[0], productOperation.get()[1], payee)));
    Stream<Arguments> approvers =
        sandbox.payments(Column.PRE_APPROVAL).stream()
            .map(payer -> Arguments.of(Product.COLLECTION, Operation.PRE_APPROVAL, payer));
    return Stream.of(payers, payees, approvers).flatMap(arguments -> arguments);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("documentedPayments")
  void everyDocumentedNumberHasARuleWithItsDocumentedOutcome(
      Product product, Operation operation, Payment documented) {
    int first =
        book.matching(request(product, operation, documented.number()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no default rule matches " + documented));
    Outcome outcome = book.rules().get(first).outcome();

    assertThat(outcome.finalStatus().name())
        .as("status of %s %s", operation, documented)
        .isEqualTo(documented.outcome().status());
    assertThat(outcome.reason())
        .as("reason of %s %s", operation, documented)
        .isEqualTo(documented.outcome().reason());
    assertThat(outcome.manual()).isFalse();
    assertThat(outcome.httpFault()).isNull();
    if (documented.outcome().isImmediate()) {
      assertThat(outcome.delay()).as("final at once").isZero();
    } else {
      assertThat(outcome.initialStatus().name()).isEqualTo(documented.outcome().initialStatus());
      assertThat(outcome.delay()).as("final only later").isPositive();
    }
  }

  static Stream<Arguments> documentedAccountHolders() {
    return SandboxNumbers.read().accountHolders().stream()
        .flatMap(
            holder ->
                Stream.of(holder.msisdn(), holder.email(), holder.partyCode())
                    .map(id -> Arguments.of(id, holder)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documentedAccountHolders")
  void everyDocumentedAccountHolderHasItsDocumentedAnswer(String id, AccountHolder documented) {
    AccountHolderAnswer answer = defaults.accountHolders().get(id.toLowerCase(Locale.ROOT));

    assertThat(answer).as("the default answer for %s", id).isNotNull();
    assertThat(answer.isError()).isEqualTo(documented.isError());
    if (documented.isError()) {
      assertThat(answer.errorStatus()).isEqualTo(documented.errorStatus());
      assertThat(answer.errorCode()).isEqualTo(documented.code());
    } else {
      assertThat(answer.active()).isFalse();
    }
  }

  @Test
  void theRuleFileNamesOnlyDocumentedNumbersAndAccountHolders() {
    SandboxNumbers sandbox = SandboxNumbers.read();
    Set<String> numbers = new HashSet<>();
    for (Column column : Set.of(Column.REQUEST_TO_PAY, Column.TRANSFER)) {
      sandbox.payments(column).forEach(payment -> numbers.add(payment.number()));
    }
    Set<String> holders = new HashSet<>();
    sandbox
        .accountHolders()
        .forEach(
            holder ->
                Stream.of(holder.msisdn(), holder.email(), holder.partyCode())
                    .forEach(id -> holders.add(id.toLowerCase(Locale.ROOT))));

    for (Rule rule : defaults.rules()) {
      if (rule.match().partyId() instanceof PartyIdMatcher.Exact exact) {
        assertThat(numbers)
            .as("documented numbers, for rule %s", rule.name())
            .containsAll(exact.values());
      }
    }
    assertThat(holders).containsAll(defaults.accountHolders().keySet());
  }

  @Test
  void aNumberTheSandboxWasSeenToTreatAsAnyOtherMatchesNoRule() {
    assertThat(SandboxNumbers.read().seenSucceeding()).isNotEmpty();
    for (String number : SandboxNumbers.read().seenSucceeding()) {
      assertThat(book.matching(request(Product.COLLECTION, Operation.REQUEST_TO_PAY, number)))
          .isEmpty();
      assertThat(book.matching(request(Product.DISBURSEMENT, Operation.TRANSFER, number)))
          .isEmpty();
    }
  }

  private static PaymentRequest request(Product product, Operation operation, String msisdn) {
    return new PaymentRequest(
        product,
        operation,
        "ref",
        "user",
        BigDecimal.TEN,
        "EUR",
        null,
        new Party("MSISDN", msisdn),
        null,
        null,
        null);
  }
}

package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.PartyIdType;
import dev.momosim.client.product.Product;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.Parties;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Account-holder validation ({@code /accountholder/{type}/{id}/active}, §5 C10) for the MSISDN,
 * e-mail and party-code rows of MTN's sandbox use-case table (§13.2(b)), as {@link SandboxNumbers}
 * reads them from the digest.
 */
@Contract
class AccountHolderContractTest extends ContractCase {

  /**
   * Every account holder of §13.2(b) (MSISDN, e-mail and party code) with its documented answer,
   * "false" or "status CODE", and an ordinary one of each type, which is active.
   */
  static Stream<Arguments> rows() {
    Stream<Arguments> documented =
        SandboxNumbers.read().accountHolders().stream()
            .flatMap(
                holder -> {
                  String answer =
                      holder.isError() ? holder.errorStatus() + " " + holder.code() : "false";
                  return Stream.of(
                      Arguments.of(new Party(PartyIdType.MSISDN, holder.msisdn()), answer),
                      Arguments.of(new Party(PartyIdType.EMAIL, holder.email()), answer),
                      Arguments.of(new Party(PartyIdType.PARTY_CODE, holder.partyCode()), answer));
                });
    Stream<Arguments> ordinary =
        Stream.of(
            Arguments.of(new Party(PartyIdType.MSISDN, Parties.ORDINARY_MSISDN), "true"),
            Arguments.of(new Party(PartyIdType.EMAIL, "someone@example.com"), "true"),
            Arguments.of(
                new Party(PartyIdType.PARTY_CODE, "0b5ad2c0-7e4f-4e36-9f52-2b1d0d2f8a11"), "true"));
    return Stream.concat(documented, ordinary);
  }

  @ParameterizedTest(name = "{0} answers {1}")
  @MethodSource("rows")
  void accountHolderAnswersAsTheSandboxUseCaseTableSays(Party holder, String expected) {
    var answer = target.client().collections().isAccountHolderActive(holder);

    if (expected.equals("true") || expected.equals("false")) {
      boolean active = Await.result(answer);
      assertThat(active).isEqualTo(Boolean.parseBoolean(expected));
    } else {
      Throwable failure = Await.failure(answer);
      assertThat(failure).isInstanceOf(MomoApiException.class);
      MomoApiException refused = (MomoApiException) failure;
      assertThat(refused.status() + " " + refused.rawCode()).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void ordinaryNumberIsActiveOnEveryProduct(Product product) {
    boolean active =
        Await.result(
            target
                .client()
                .product(product)
                .isAccountHolderActive(Party.msisdn(Parties.ORDINARY_MSISDN)));

    assertThat(active).isTrue();
  }
}

package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.MomoApiException;
import dev.momosim.client.Party;
import dev.momosim.client.PartyIdType;
import dev.momosim.client.Product;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Account-holder validation ({@code /accountholder/{type}/{id}/active}, §5 C10) for the MSISDN,
 * e-mail and party-code rows of MTN's sandbox use-case table (§13.2(b)).
 */
@Contract
class AccountHolderContractTest extends ContractCase {

  /** Row: MSISDN, e-mail, party code, then the answer: "true", "false" or "status CODE". */
  static Stream<Arguments> rows() {
    String[][] table = {
      {
        "46733123450",
        "notfound@email.com",
        "5cecb5a7-8bd0-4f49-87b1-8eb9ecc7b7bc",
        "404 RESOURCE_NOT_FOUND"
      },
      {"46733123451", "notactive@email.com", "b0040b3c-b426-4a90-af6e-673e65861cd7", "false"},
      {
        "46733123452",
        "notallowed@email.com",
        "4d5f500f-c385-4901-9be5-25b6d36ad220",
        "500 NOT_ALLOWED"
      },
      {
        "46733123453",
        "notallowedtargetenvironment@email.com",
        "d2265f9b-0c22-496d-908f-79a65ad66266",
        "500 NOT_ALLOWED_TARGET_ENVIRONMENT"
      },
      {
        "46733123454",
        "internalprocessingerror@email.com",
        "8f548a78-ceb8-4d12-a243-5640b91e91a4",
        "500 INTERNAL_PROCESSING_ERROR"
      },
      {
        "46733123455",
        "serviceunavailable@email.com",
        "585c07a4-2c80-42f7-9e73-e586b36dee68",
        "503 SERVICE_UNAVAILABLE"
      },
      {"256774290781", "someone@example.com", "0b5ad2c0-7e4f-4e36-9f52-2b1d0d2f8a11", "true"},
    };
    return Stream.of(table)
        .flatMap(
            row ->
                Stream.of(
                    Arguments.of(new Party(PartyIdType.MSISDN, row[0]), row[3]),
                    Arguments.of(new Party(PartyIdType.EMAIL, row[1]), row[3]),
                    Arguments.of(new Party(PartyIdType.PARTY_CODE, row[2]), row[3])));
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
            target.client().product(product).isAccountHolderActive(Party.msisdn("256774290781")));

    assertThat(active).isTrue();
  }
}

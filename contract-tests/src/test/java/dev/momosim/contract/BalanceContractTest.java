package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.model.Balance;
import dev.momosim.client.product.Product;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.RawResponse;
import io.vertx.core.http.HttpMethod;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Account balance (§5 C8/C9, §6 D13/D14, §7 R9/R10, §9 Balance). */
@Contract
class BalanceContractTest extends ContractCase {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void balanceIsANonNegativeDecimalStringInEuro(Product product) {
    Balance balance = Await.result(target.client().product(product).balance());

    assertThat(balance.currency()).isEqualTo("EUR");
    assertThat(balance.availableBalance()).matches("\\d+(\\.\\d+)?");
    assertThat(balance.amount()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void balanceAnswerHasExactlyAvailableBalanceThenCurrencyAsStrings(Product product) {
    RawResponse answer =
        target
            .raw()
            .send(
                HttpMethod.GET,
                product.pathPrefix() + "/v1_0/account/balance",
                target.raw().productHeaders(product, target.credentials(product)),
                null);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.fieldTypes())
        .containsExactly(
            java.util.Map.entry("availableBalance", "string"),
            java.util.Map.entry("currency", "string"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void balanceInEuroIsTheSameAccount(Product product) {
    Balance balance = Await.result(target.client().product(product).balance("EUR"));

    assertThat(balance.currency()).isEqualTo("EUR");
    assertThat(balance.availableBalance()).matches("\\d+(\\.\\d+)?");
  }
}

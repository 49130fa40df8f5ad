package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code GET /{p}/v1_0/account/balance[/{currency}]}: §5 C8-C9, §6 D13-D14, §7 R9-R10, issue 2 item
 * 8.
 */
@MomoSimulatorTest
class BalanceAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  BalanceAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  static Stream<Arguments> defaultBalances() {
    return Stream.of(
        Arguments.of(Product.COLLECTION, "0"),
        Arguments.of(Product.DISBURSEMENT, "1000000"),
        Arguments.of(Product.REMITTANCE, "1000000"));
  }

  @ParameterizedTest(name = "{0}: {1} EUR")
  @MethodSource("defaultBalances")
  void answersTheDefaultAccountBalanceInEur(Product product, String amount) {
    Reply reply = sim.api(product).balance();

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    Expect.json(reply);
    assertThat(reply.keys()).containsExactly("availableBalance", "currency");
    assertThat(reply.json())
        .isEqualTo(new JsonObject().put("availableBalance", amount).put("currency", "EUR"));
  }

  @ParameterizedTest(name = "{0}: {1} EUR")
  @MethodSource("defaultBalances")
  void answersTheSameBalanceWhenAskedInEur(Product product, String amount) {
    Reply reply = sim.api(product).balance("EUR");

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    assertThat(reply.keys()).containsExactly("availableBalance", "currency");
    assertThat(reply.json())
        .isEqualTo(new JsonObject().put("availableBalance", amount).put("currency", "EUR"));
  }
}

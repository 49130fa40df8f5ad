package dev.momosim.simulator.acceptance;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When a creating POST has several faults, the first check of §16 answers: target environment, then
 * X-Reference-Id format, then duplicate, then callback host, then currency.
 */
@MomoSimulatorTest
class CheckOrderAcceptanceTest {
  private static final String FOREIGN_CALLBACK = "http://127.0.0.1:1/cb";
  @AutoClose private final SandboxSession sim;
  private ProductApi api;

  CheckOrderAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  @BeforeEach
  void provision() {
    api = sim.api(Product.COLLECTION);
  }

  @Test
  void checksTheTargetEnvironmentBeforeTheReferenceId() {
    Reply reply =
        api.createCall("not-a-uuid", Payments.of(Product.COLLECTION, "1", "256774290781"))
            .header("X-Target-Environment", "mtnuganda")
            .send();

    Expect.targetEnvironmentForbidden(reply);
  }

  @Test
  void checksTheReferenceIdBeforeTheCallbackHostAndCurrency() {
    Reply reply =
        api.createCall(
                "not-a-uuid",
                Payments.of(Product.COLLECTION, "1", "256774290781").put("currency", "USD"))
            .header("X-Callback-Url", FOREIGN_CALLBACK)
            .send();

    Expect.badRequest(reply, "X-Reference-Id", "reference");
  }

  @Test
  void checksForADuplicateBeforeTheCallbackHost() {
    String ref = api.pay("1", "256774290781");

    Reply reply =
        api.createCall(ref, Payments.of(Product.COLLECTION, "1", "256774290781"))
            .header("X-Callback-Url", FOREIGN_CALLBACK)
            .send();

    Expect.duplicate(reply);
  }

  @Test
  void checksForADuplicateBeforeTheCurrency() {
    String ref = api.pay("1", "256774290781");

    Expect.duplicate(
        api.create(
            ref, Payments.of(Product.COLLECTION, "1", "256774290781").put("currency", "USD")));
  }

  @Test
  void checksTheCallbackHostBeforeTheCurrency() {
    Reply reply =
        api.createCall(
                SandboxSession.newReference(),
                Payments.of(Product.COLLECTION, "1", "256774290781").put("currency", "USD"))
            .header("X-Callback-Url", FOREIGN_CALLBACK)
            .send();

    Expect.callbackHostRejected(reply);
  }
}

package dev.momosim.simulator.acceptance;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When a creating POST has several faults, the first check of §16 answers: target environment, then
 * X-Reference-Id format, then duplicate, then callback host, then currency.
 */
@ExtendWith(VertxExtension.class)
class CheckOrderAcceptanceTest {
  private static final String FOREIGN_CALLBACK = "http://127.0.0.1:1/cb";
  private SandboxSession sim;
  private ProductApi api;

  @BeforeEach
  void start(Vertx vertx) {
    sim = SandboxSession.start(vertx);
    api = sim.api(Product.COLLECTION);
  }

  @AfterEach
  void stop() {
    sim.close();
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

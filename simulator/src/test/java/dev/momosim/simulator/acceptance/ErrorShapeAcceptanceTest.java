package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 2 item 10: every error is JSON in MoMo's shape; 404, 405, 400 and 413, never a 500 or a
 * stack trace.
 */
@MomoSimulatorTest
class ErrorShapeAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  ErrorShapeAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  private static void momoShaped(Reply reply, int status) {
    assertThat(reply.status()).as("%s", reply).isEqualTo(status);
    Expect.json(reply);
    JsonObject body = reply.json();
    assertThat(body.getValue("message")).as("message in %s", reply).isInstanceOf(String.class);
    assertThat(body.getString("message")).isNotBlank();
    assertThat(body.getValue("code")).as("code in %s", reply).isInstanceOf(String.class);
    assertThat(body.getString("code")).isNotBlank();
    Expect.noStackTrace(reply);
  }

  static Stream<Arguments> unknownPaths() {
    return Stream.of(
        Arguments.of(Product.COLLECTION, HttpMethod.GET, "/v1_0/nothing-here"),
        Arguments.of(
            Product.COLLECTION, HttpMethod.GET, "/v1_0/transfer/" + SandboxSession.newReference()),
        Arguments.of(Product.COLLECTION, HttpMethod.POST, "/v2_0/requesttopay"),
        Arguments.of(Product.DISBURSEMENT, HttpMethod.POST, "/v2_0/transfer"),
        Arguments.of(
            Product.DISBURSEMENT,
            HttpMethod.GET,
            "/v1_0/requesttopay/" + SandboxSession.newReference()),
        Arguments.of(Product.REMITTANCE, HttpMethod.GET, "/v1_0/account"),
        Arguments.of(Product.REMITTANCE, HttpMethod.GET, "/v3_0/account/balance"));
  }

  @ParameterizedTest(name = "{1} /{0}{2}")
  @MethodSource("unknownPaths")
  void answersAnUnknownProductPathWithJson404(Product product, HttpMethod method, String path) {
    ProductApi api = sim.api(product);

    Reply reply = api.call(method, path).send();

    momoShaped(reply, 404);
  }

  @Test
  void answersAPathOutsideEveryProductWithJson404() {
    momoShaped(
        sim.get("/nothing/here")
            .header("Ocp-Apim-Subscription-Key", Product.COLLECTION.primaryKey)
            .send(),
        404);
    momoShaped(
        sim.get("/v1_0/apiuser/" + SandboxSession.newReference() + "/other")
            .header("Ocp-Apim-Subscription-Key", Product.COLLECTION.primaryKey)
            .send(),
        404);
  }

  static Stream<Arguments> wrongMethods() {
    String ref = SandboxSession.newReference();
    return Stream.of(
        Arguments.of(HttpMethod.DELETE, "/collection/v1_0/requesttopay", "POST"),
        Arguments.of(HttpMethod.PUT, "/collection/v1_0/requesttopay/" + ref, "GET"),
        Arguments.of(HttpMethod.POST, "/collection/v1_0/requesttopay/" + ref, "GET"),
        Arguments.of(HttpMethod.GET, "/disbursement/v1_0/transfer", "POST"),
        Arguments.of(HttpMethod.PATCH, "/remittance/v1_0/transfer/" + ref, "GET"),
        Arguments.of(HttpMethod.POST, "/disbursement/v1_0/account/balance", "GET"),
        Arguments.of(
            HttpMethod.DELETE, "/remittance/v1_0/accountholder/msisdn/256774290781/active", "GET"),
        Arguments.of(HttpMethod.GET, "/collection/token/", "POST"),
        Arguments.of(HttpMethod.PUT, "/v1_0/apiuser", "POST"),
        Arguments.of(HttpMethod.DELETE, "/v1_0/apiuser/" + ref, "GET"),
        Arguments.of(HttpMethod.GET, "/v1_0/apiuser/" + ref + "/apikey", "POST"),
        Arguments.of(HttpMethod.PATCH, "/_sim/rules", "DELETE, GET, POST, PUT"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("wrongMethods")
  void answersAWrongMethodWithJson405ThatSaysWhichMethodsAreAllowed(
      HttpMethod method, String path, String allowed) {
    Product product =
        path.startsWith("/disbursement")
            ? Product.DISBURSEMENT
            : path.startsWith("/remittance") ? Product.REMITTANCE : Product.COLLECTION;
    ProductApi api = sim.api(product);

    Reply reply =
        sim.call(method, path)
            .header("Ocp-Apim-Subscription-Key", product.primaryKey)
            .header("Authorization", "Bearer " + api.token)
            .header("X-Target-Environment", "sandbox")
            .send();

    momoShaped(reply, 405);
    assertThat(reply.header("Allow")).isEqualTo(allowed);
  }

  @Test
  void answersMalformedJsonWith400NeverA500() {
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);

    momoShaped(
        collection
            .createCall(SandboxSession.newReference(), new JsonObject())
            .jsonText("{\"amount\": \"5\", \"currency\": ")
            .send(),
        400);
    momoShaped(
        disbursement
            .createCall(SandboxSession.newReference(), new JsonObject())
            .jsonText("{'amount': 5}")
            .send(),
        400);
    momoShaped(
        sim.createUserCall(Product.COLLECTION.primaryKey, SandboxSession.newReference(), "x")
            .jsonText("providerCallbackHost=x")
            .send(),
        400);
  }

  @Test
  void answersABodyOverTheDefaultLimitWith413() {
    ProductApi api = sim.api(Product.DISBURSEMENT);
    JsonObject big =
        Payments.of(Product.DISBURSEMENT, "1", "256774290781").put("padding", "p".repeat(70_000));

    momoShaped(api.create(SandboxSession.newReference(), big), 413);
    momoShaped(
        sim.createUserCall(Product.COLLECTION.primaryKey, SandboxSession.newReference(), "x")
            .jsonText(new JsonObject().put("providerCallbackHost", "h".repeat(70_000)).encode())
            .send(),
        413);
  }

  @Test
  void answersEveryErrorWithAJsonContentType() {
    ProductApi api = sim.api(Product.COLLECTION);

    Expect.json(api.status(SandboxSession.newReference()));
    Expect.json(api.status("bad"));
    Expect.json(
        api.call(HttpMethod.GET, "/v1_0/account/balance")
            .header("X-Target-Environment", "x")
            .send());
    Expect.json(
        api.call(HttpMethod.GET, "/v1_0/account/balance")
            .header("Authorization", "Bearer x")
            .send());
    Expect.json(
        api.call(HttpMethod.GET, "/v1_0/account/balance")
            .without("Ocp-Apim-Subscription-Key")
            .send());
    Expect.json(
        sim.tokenCall(Product.COLLECTION, Product.COLLECTION.primaryKey, "Basic eDp5").send());
  }

  /** With {@code limits.bodyBytes} 1024. */
  @Nested
  @MomoSimulatorTest(config = "{\"limits\":{\"bodyBytes\":1024}}")
  class SmallBodyLimit {
    @AutoClose private final SandboxSession sim;

    SmallBodyLimit(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void answersABodyOverTheConfiguredLimitWith413() {
      ProductApi api = sim.api(Product.COLLECTION);
      JsonObject big =
          Payments.of(Product.COLLECTION, "1", "256774290781").put("padding", "p".repeat(2048));
      String ref = SandboxSession.newReference();

      Reply reply = api.create(ref, big);

      momoShaped(reply, 413);
      Expect.notFound(api.status(ref));
      Expect.accepted(
          api.create(
              SandboxSession.newReference(), Payments.of(Product.COLLECTION, "1", "256774290781")));
    }
  }
}

package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sandbox provisioning, §3 and issue 2 item 4. */
@MomoSimulatorTest
class ProvisioningAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  ProvisioningAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  static Stream<String> everySubscriptionKey() {
    return Stream.of(Product.values()).flatMap(p -> Stream.of(p.primaryKey, p.secondaryKey));
  }

  @ParameterizedTest
  @MethodSource("everySubscriptionKey")
  void createsAnApiUserWith201AndAnEmptyBodyUnderAnyProductsKey(String key) {
    String id = SandboxSession.newReference();

    Reply reply = sim.createUserCall(key, id, "merchant.example.com").send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    assertThat(reply.body()).isEmpty();
  }

  @Test
  void readsBackTheUserWithItsCallbackHostAndTheSandboxEnvironment() {
    String id = SandboxSession.newReference();
    sim.createUserCall(Product.COLLECTION.primaryKey, id, "momo.tumoolo.tech").send();

    Reply reply =
        sim.get("/v1_0/apiuser/" + id)
            .header("Ocp-Apim-Subscription-Key", Product.COLLECTION.primaryKey)
            .send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    Expect.json(reply);
    assertThat(reply.json())
        .isEqualTo(
            new JsonObject()
                .put("providerCallbackHost", "momo.tumoolo.tech")
                .put("targetEnvironment", "sandbox"));
    assertThat(reply.keys()).containsExactly("providerCallbackHost", "targetEnvironment");
  }

  @Test
  void rejectsADuplicateUserReferenceWithConflict() {
    String id = SandboxSession.newReference();
    assertThat(
            sim.createUserCall(Product.COLLECTION.primaryKey, id, "a.example.com").send().status())
        .isEqualTo(201);

    Reply second = sim.createUserCall(Product.COLLECTION.primaryKey, id, "b.example.com").send();

    Expect.duplicate(second);
    Reply stored =
        sim.get("/v1_0/apiuser/" + id)
            .header("Ocp-Apim-Subscription-Key", Product.COLLECTION.primaryKey)
            .send();
    assertThat(stored.json().getString("providerCallbackHost")).isEqualTo("a.example.com");
  }

  @Test
  void rejectsAUserReferenceReusedUnderAnotherProductsKeyWithConflict() {
    String id = SandboxSession.newReference();
    assertThat(
            sim.createUserCall(Product.COLLECTION.primaryKey, id, "a.example.com").send().status())
        .isEqualTo(201);

    Expect.duplicate(
        sim.createUserCall(Product.DISBURSEMENT.primaryKey, id, "a.example.com").send());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not-a-uuid",
        "a8098c1a-f86e-11da-bd1a-00112444be1e",
        "00000000-0000-0000-0000-000000000000",
        "c72025f55cd1463099e48ba4722fad56",
        "c72025f5-5cd1-4630-99e4-8ba4722fad5"
      })
  void rejectsAUserReferenceThatIsNotAUuidV4WithBadRequest(String badId) {
    Reply reply =
        sim.createUserCall(Product.COLLECTION.primaryKey, badId, "merchant.example.com").send();

    Expect.badRequest(reply, "X-Reference-Id", "reference");
  }

  @Test
  void rejectsAUserWithoutReferenceIdWithBadRequest() {
    Reply reply =
        sim.createUserCall(Product.COLLECTION.primaryKey, "x", "merchant.example.com")
            .without("X-Reference-Id")
            .send();

    Expect.badRequest(reply, "X-Reference-Id", "reference");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"{}", "{\"providerCallbackHost\":\"\"}", "{\"providerCallbackHost\":null}", "[]"})
  void rejectsAUserBodyWithoutACallbackHostWithBadRequest(String body) {
    String id = SandboxSession.newReference();
    Reply reply = sim.createUserCall(Product.COLLECTION.primaryKey, id, "x").jsonText(body).send();

    Expect.badRequest(reply, "providerCallbackHost", "body");
    Expect.notFound(
        sim.get("/v1_0/apiuser/" + id)
            .header("Ocp-Apim-Subscription-Key", Product.COLLECTION.primaryKey)
            .send());
  }

  @Test
  void rejectsAMalformedUserBodyWithBadRequest() {
    Reply reply =
        sim.createUserCall(Product.COLLECTION.primaryKey, SandboxSession.newReference(), "x")
            .jsonText("{\"providerCallbackHost\": \"a.example.com\"")
            .send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(400);
    Expect.json(reply);
    Expect.noStackTrace(reply);
  }

  @Test
  void answersNotFoundForAnUnknownUser() {
    Reply reply =
        sim.get("/v1_0/apiuser/" + SandboxSession.newReference())
            .header("Ocp-Apim-Subscription-Key", Product.COLLECTION.primaryKey)
            .send();

    Expect.notFound(reply);
  }

  @Test
  void createsAnApiKeyOf32LowercaseHexWith201() {
    String id = SandboxSession.newReference();
    sim.createUserCall(Product.REMITTANCE.primaryKey, id, "merchant.example.com").send();

    Reply reply = sim.createKeyCall(Product.REMITTANCE.primaryKey, id).send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    Expect.json(reply);
    assertThat(reply.keys()).containsExactly("apiKey");
    assertThat(reply.json().getString("apiKey")).matches("[0-9a-f]{32}");
  }

  @Test
  void issuesANewWorkingKeyOnEveryCall() {
    String id = SandboxSession.newReference();
    sim.createUserCall(Product.COLLECTION.primaryKey, id, "merchant.example.com").send();

    String first =
        sim.createKeyCall(Product.COLLECTION.primaryKey, id).send().json().getString("apiKey");
    String second =
        sim.createKeyCall(Product.COLLECTION.primaryKey, id).send().json().getString("apiKey");

    assertThat(second).isNotEqualTo(first);
    Reply token =
        sim.tokenCall(
                Product.COLLECTION, Product.COLLECTION.primaryKey, SandboxSession.basic(id, second))
            .send();
    assertThat(token.status()).as("%s", token).isEqualTo(200);
  }

  @Test
  void answersNotFoundWhenCreatingAKeyForAnUnknownUser() {
    Reply reply =
        sim.createKeyCall(Product.COLLECTION.primaryKey, SandboxSession.newReference()).send();

    Expect.notFound(reply);
  }

  @Test
  void acceptsTheProvisioningFlowOfTheOriginalBriefWithItsExampleReferenceId() {
    String id = "c72025f5-5cd1-4630-99e4-8ba4722fad56";
    Reply created = sim.createUserCall(Product.COLLECTION.primaryKey, id, "clinic.com").send();
    Reply key = sim.createKeyCall(Product.COLLECTION.primaryKey, id).send();

    assertThat(created.status()).isEqualTo(201);
    assertThat(key.status()).isEqualTo(201);
    Reply token =
        sim.tokenCall(
                Product.COLLECTION,
                Product.COLLECTION.primaryKey,
                SandboxSession.basic(id, key.json().getString("apiKey")))
            .send();
    assertThat(token.status()).as("%s", token).isEqualTo(200);
  }
}

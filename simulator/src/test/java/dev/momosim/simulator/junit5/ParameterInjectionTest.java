package dev.momosim.simulator.junit5;

import static dev.momosim.simulator.junit5.SandboxCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.config.PresetUser;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the extension injects, and that the credentials it hands out work against the simulator. */
@ExtendWith(VertxExtension.class)
@MomoSimulatorTest
class ParameterInjectionTest {

  @Test
  void injectsTheSimulatorItsControlAndItsBaseUrlAsStringAndUri(
      MomoSimulator simulator,
      SimulatorControl control,
      @SimulatorUrl String baseUrl,
      @SimulatorUrl URI baseUri) {
    assertThat(control).isSameAs(simulator.control());
    assertThat(baseUrl).isEqualTo(simulator.baseUrl());
    assertThat(baseUri).isEqualTo(URI.create(simulator.baseUrl()));
  }

  @Test
  void credentialsNameThePresetUsersAndPrimaryKeysOfEachProduct(
      SandboxCredentials credentials, @SimulatorUrl String baseUrl) {
    assertThat(credentials.baseUrl()).isEqualTo(baseUrl);
    assertThat(credentials.targetEnvironment()).isEqualTo("sandbox");
    ApiUserCredentials collection = credentials.collection();
    assertThat(collection.product()).isEqualTo(Product.COLLECTION);
    assertThat(collection.apiUserId()).isEqualTo(preset(Product.COLLECTION).id());
    assertThat(collection.apiKey()).isEqualTo(preset(Product.COLLECTION).apiKey());
    assertThat(collection.subscriptionKey()).isEqualTo(defaultKeys(Product.COLLECTION).get(0));
    assertThat(collection.secondarySubscriptionKey())
        .isEqualTo(defaultKeys(Product.COLLECTION).get(1))
        .isNotEqualTo(collection.subscriptionKey());
    assertThat(credentials.disbursement().apiUserId())
        .isEqualTo(preset(Product.DISBURSEMENT).id())
        .isNotEqualTo(collection.apiUserId());
    assertThat(credentials.remittance().subscriptionKey())
        .isEqualTo(defaultKeys(Product.REMITTANCE).get(0));
  }

  /** The default configuration's (first) preset user of the product. */
  private static PresetUser preset(Product product) {
    return SimulatorConfig.defaults().presetUsers().stream()
        .filter(user -> user.product() == product)
        .findFirst()
        .orElseThrow();
  }

  private static List<String> defaultKeys(Product product) {
    return SimulatorConfig.defaults().subscriptionKeys(product);
  }

  @Test
  void credentialsOfEveryProductObtainAnAccessToken(Vertx vertx, SandboxCredentials credentials) {
    WebClient client = WebClient.create(vertx);
    for (Product product : Product.values()) {
      ApiUserCredentials user = credentials.forProduct(product);
      HttpResponse<Buffer> token =
          await(
              client
                  .postAbs(credentials.baseUrl() + "/" + product.pathName() + "/token/")
                  .putHeader("Authorization", user.basicAuthorization())
                  .putHeader("Ocp-Apim-Subscription-Key", user.subscriptionKey())
                  .send());
      assertThat(token.statusCode()).as(product.pathName()).isEqualTo(200);
      assertThat(token.bodyAsJsonObject().getString("access_token")).isNotBlank();
    }
    client.close();
  }

  @Nested
  @MomoSimulatorTest(
      config =
          "{\"subscriptionKeys\":{\"collection\":{\"primary\":\"feedfacefeedfacefeedfacefeedface\"}}}")
  class WithConfigOverrides {
    @Test
    void credentialsFollowTheConfiguredSubscriptionKeys(SandboxCredentials credentials) {
      assertThat(credentials.collection().subscriptionKey())
          .isEqualTo("feedfacefeedfacefeedfacefeedface");
      assertThat(credentials.collection().secondarySubscriptionKey())
          .isEqualTo("feedfacefeedfacefeedfacefeedface");
    }
  }

  @Nested
  @MomoSimulatorTest(configResource = "dev/momosim/simulator/junit5/manual-approval.json")
  class WithAConfigResource {
    @Test
    void readsTheConfigFromTheClasspath(SimulatorControl control) {
      assertThat(await(control.approvalMode()).name()).isEqualTo("MANUAL");
    }
  }
}

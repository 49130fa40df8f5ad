package dev.momosim.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.product.Product;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentConfigTest {

  private static Map<String, String> collectionOnly() {
    Map<String, String> env = new HashMap<>();
    env.put("MOMO_COLLECTION_SUBSCRIPTION_KEY", TestClients.COLLECTION_KEY);
    env.put("MOMO_COLLECTION_API_USER", TestClients.API_USER);
    env.put("MOMO_COLLECTION_API_KEY", TestClients.API_KEY);
    return env;
  }

  @Test
  void readsEverySettingFromTheVariables() {
    Map<String, String> env = collectionOnly();
    env.put("MOMO_BASE_URL", "http://localhost:8080/");
    env.put("MOMO_TARGET_ENVIRONMENT", "mtnuganda");
    env.put("MOMO_CALLBACK_URL", "https://shop.example/momo/{referenceId}");
    env.put("MOMO_REMITTANCE_SUBSCRIPTION_KEY", TestClients.REMITTANCE_KEY);
    env.put("MOMO_REMITTANCE_API_USER", "u2");
    env.put("MOMO_REMITTANCE_API_KEY", "k2");

    MomoConfig config = EnvironmentConfig.builder(env).config();

    assertThat(config.baseUrl()).isEqualTo("http://localhost:8080");
    assertThat(config.targetEnvironment()).isEqualTo("mtnuganda");
    assertThat(config.callbackUrl()).isEqualTo("https://shop.example/momo/{referenceId}");
    assertThat(config.credentialsFor(Product.COLLECTION))
        .contains(
            new ProductCredentials(
                TestClients.COLLECTION_KEY, TestClients.API_USER, TestClients.API_KEY));
    assertThat(config.credentialsFor(Product.REMITTANCE).orElseThrow().apiUser()).isEqualTo("u2");
    assertThat(config.credentialsFor(Product.DISBURSEMENT)).isEmpty();
  }

  @Test
  void defaultsToTheSandbox() {
    MomoConfig config = EnvironmentConfig.builder(Map.of()).config();
    assertThat(config.baseUrl()).isEqualTo("https://sandbox.momodeveloper.mtn.com");
    assertThat(config.targetEnvironment()).isEqualTo("sandbox");
    assertThat(config.callbackUrl()).isNull();
  }

  @Test
  void namesTheMissingVariableOfAPartlyConfiguredProduct() {
    Map<String, String> env = collectionOnly();
    env.remove("MOMO_COLLECTION_API_KEY");
    assertThatThrownBy(() -> EnvironmentConfig.builder(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("MOMO_COLLECTION_API_KEY is not set");
  }

  @Test
  void treatsBlankValuesAsMissing() {
    Map<String, String> env = collectionOnly();
    env.put("MOMO_COLLECTION_API_USER", "  ");
    env.put("MOMO_COLLECTION_API_KEY", "");
    assertThatThrownBy(() -> EnvironmentConfig.builder(env))
        .hasMessageStartingWith("MOMO_COLLECTION_API_USER and MOMO_COLLECTION_API_KEY are not set");
  }

  @Test
  void namesTheVariableOfAnInvalidUrl() {
    assertThatThrownBy(() -> EnvironmentConfig.builder(Map.of("MOMO_BASE_URL", "localhost:8080")))
        .hasMessageStartingWith("MOMO_BASE_URL: base URL must be an absolute http(s) URL");
    assertThatThrownBy(() -> EnvironmentConfig.builder(Map.of("MOMO_CALLBACK_URL", "not a url")))
        .hasMessageStartingWith("MOMO_CALLBACK_URL:");
  }

  @Test
  void failsAProductUsedWithoutCredentialsNamingItsVariables() {
    MomoClient client = MomoClient.fromEnvironment(collectionOnly());
    try {
      assertThat(client.collections()).isNotNull();
      assertThatThrownBy(client::disbursements)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("MOMO_DISBURSEMENT_SUBSCRIPTION_KEY")
          .hasMessageContaining("MOMO_DISBURSEMENT_API_KEY");
    } finally {
      Futures.await(client.close());
    }
  }

  @Test
  void hidesSecretsInTheConfigurationText() {
    String text = EnvironmentConfig.builder(collectionOnly()).config().toString();
    assertThat(text).doesNotContain(TestClients.COLLECTION_KEY, TestClients.API_KEY);
  }
}

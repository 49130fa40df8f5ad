package dev.momosim.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.client.MomoClient;
import dev.momosim.client.MomoConfig;
import dev.momosim.client.product.Product;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopConfigTest {

  @Test
  void defaultsToALocalSimulatorWithItsPresetUsers() {
    MomoConfig client = clientConfig(Map.of());

    assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:8080");
    assertThat(client.credentialsFor(Product.COLLECTION)).isPresent();
    assertThat(client.credentialsFor(Product.DISBURSEMENT)).isPresent();
    assertThat(client.credentialsFor(Product.REMITTANCE)).isEmpty();
    ShopConfig shop = ShopConfig.fromEnvironment(Map.of());
    assertThat(shop.port()).isEqualTo(3000);
    assertThat(shop.host()).isEqualTo("127.0.0.1");
    assertThat(shop.callbackUrl()).isNull();
    assertThat(shop.approvalWindow()).isEqualTo(Duration.ofSeconds(330));
  }

  @Test
  void takesTheClientsVariablesOverTheDefaults() {
    MomoConfig client =
        clientConfig(
            Map.of(
                "MOMO_BASE_URL", "https://sandbox.momodeveloper.mtn.com",
                "MOMO_COLLECTION_SUBSCRIPTION_KEY", "k",
                "MOMO_COLLECTION_API_USER", "c0111ec7-0000-4000-8000-00000000000a",
                "MOMO_COLLECTION_API_KEY", "s"));

    assertThat(client.baseUrl()).isEqualTo("https://sandbox.momodeveloper.mtn.com");
    assertThat(client.credentialsFor(Product.COLLECTION).orElseThrow().apiUser())
        .isEqualTo("c0111ec7-0000-4000-8000-00000000000a");
  }

  @Test
  void refusesAPartlyConfiguredProductNamingTheMissingVariables() {
    assertThatThrownBy(() -> ShopConfig.client(Map.of("MOMO_DISBURSEMENT_API_KEY", "s")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MOMO_DISBURSEMENT_SUBSCRIPTION_KEY")
        .hasMessageContaining("MOMO_DISBURSEMENT_API_USER");
  }

  @Test
  void refusesABadPortNamingTheVariable() {
    assertThatThrownBy(() -> ShopConfig.fromEnvironment(Map.of("SHOP_PORT", "shop")))
        .hasMessageStartingWith("SHOP_PORT");
    assertThatThrownBy(
            () -> ShopConfig.fromEnvironment(Map.of("SHOP_APPROVAL_WINDOW_SECONDS", "0")))
        .hasMessageStartingWith("SHOP_APPROVAL_WINDOW_SECONDS");
  }

  /** The client's settings from these variables; the client (and its own Vert.x) closed again. */
  private static MomoConfig clientConfig(Map<String, String> env) {
    MomoClient client = ShopConfig.client(env).build();
    try {
      return client.config();
    } finally {
      client.close();
    }
  }
}

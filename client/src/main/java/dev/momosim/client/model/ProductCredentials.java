package dev.momosim.client.model;

/**
 * The three secrets of one product: the subscription key (header {@code
 * Ocp-Apim-Subscription-Key}), and the API user and API key exchanged for a bearer token. Immutable
 * and thread-safe.
 *
 * <p>{@link #toString()} never shows the subscription key or the API key.
 *
 * @param subscriptionKey the product's subscription key, e.g. {@code
 *     0c011ec7000000000000000000000001}
 * @param apiUser the API user id (a UUID)
 * @param apiKey the API key
 */
public record ProductCredentials(String subscriptionKey, String apiUser, String apiKey) {

  public ProductCredentials {
    Checks.notBlank(subscriptionKey, "subscription key");
    Checks.notBlank(apiUser, "API user");
    Checks.notBlank(apiKey, "API key");
  }

  @Override
  public String toString() {
    return "ProductCredentials[subscriptionKey=***, apiUser=" + apiUser + ", apiKey=***]";
  }
}

package dev.momosim.simulator.junit5;

import dev.momosim.simulator.domain.Product;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a MoMo client needs to call one product of the simulator as a preset API user.
 *
 * @param subscriptionKey the product's primary {@code Ocp-Apim-Subscription-Key}
 * @param secondarySubscriptionKey the product's second key, or the primary when only one is
 *     configured
 * @param targetEnvironment the {@code X-Target-Environment} value, normally {@code sandbox}
 */
public record ApiUserCredentials(
    Product product,
    String apiUserId,
    String apiKey,
    String subscriptionKey,
    String secondarySubscriptionKey,
    String targetEnvironment) {

  /** The {@code Authorization} header value for {@code POST /{product}/token/}. */
  public String basicAuthorization() {
    String pair = apiUserId + ":" + apiKey;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}

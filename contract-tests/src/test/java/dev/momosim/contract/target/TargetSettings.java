package dev.momosim.contract.target;

import dev.momosim.client.MomoClientBuilder;
import dev.momosim.client.product.Product;
import dev.momosim.simulator.DefaultSubscriptionKeys;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The chosen target and what it needs, read once from system properties and the environment: {@code
 * -Dmomo.target} (else {@code MOMO_TARGET}, else {@code embedded}), {@code MOMO_BASE_URL} (one URL,
 * or several separated by commas: see {@link #baseUrls()}), {@code
 * MOMO_<PRODUCT>_SUBSCRIPTION_KEY}, {@code MOMO_CALLBACK_HOST} and the {@code sandbox} profile's
 * {@code momo.sandbox.enabled}. A target whose settings are missing has a {@link #missing()} line
 * saying what to set. Immutable.
 */
public record TargetSettings(
    TargetKind kind,
    String baseUrl,
    Map<Product, String> subscriptionKeys,
    String callbackHost,
    Optional<String> missing) {

  /** The settings of this run. */
  public static TargetSettings fromSystem() {
    return from(System::getProperty, System::getenv);
  }

  /** The settings found through these lookups (system properties, environment variables). */
  public static TargetSettings from(
      Function<String, String> properties, Function<String, String> environment) {
    String requested =
        firstNonBlank(properties.apply("momo.target"), environment.apply("MOMO_TARGET"))
            .orElse("embedded")
            .trim()
            .toLowerCase(Locale.ROOT);
    TargetKind kind;
    try {
      kind = TargetKind.valueOf(requested.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return new TargetSettings(
          TargetKind.EMBEDDED,
          null,
          Map.of(),
          "localhost",
          Optional.of(
              "momo.target '"
                  + requested
                  + "' is unknown: set -Dmomo.target= or MOMO_TARGET to embedded, "
                  + "url or sandbox"));
    }
    String callbackHost =
        firstNonBlank(environment.apply("MOMO_CALLBACK_HOST"), null).orElse("localhost");
    Map<Product, String> keys = new EnumMap<>(Product.class);
    for (Product product : Product.values()) {
      firstNonBlank(
              environment.apply("MOMO_" + product.environmentName() + "_SUBSCRIPTION_KEY"), null)
          .ifPresent(key -> keys.put(product, key.trim()));
    }
    return switch (kind) {
      case EMBEDDED ->
          new TargetSettings(kind, null, simulatorKeys(keys), "localhost", Optional.empty());
      case URL -> urlTarget(environment.apply("MOMO_BASE_URL"), keys);
      case SANDBOX -> sandboxTarget(properties.apply("momo.sandbox.enabled"), keys, callbackHost);
    };
  }

  private static TargetSettings urlTarget(String baseUrl, Map<Product, String> keys) {
    Optional<String> url = firstNonBlank(baseUrl, null);
    return new TargetSettings(
        TargetKind.URL,
        url.map(TargetSettings::normalizedUrls).orElse(null),
        simulatorKeys(keys),
        "localhost",
        url.isPresent()
            ? Optional.empty()
            : Optional.of(
                "target 'url' skipped: set MOMO_BASE_URL to a running simulator, e.g. "
                    + "MOMO_BASE_URL=http://127.0.0.1:8080"));
  }

  /** Each comma-separated URL trimmed and without trailing slashes, joined again by commas. */
  private static String normalizedUrls(String urls) {
    return java.util.Arrays.stream(urls.split(","))
        .map(u -> u.trim().replaceAll("/+$", ""))
        .filter(u -> !u.isEmpty())
        .collect(java.util.stream.Collectors.joining(","));
  }

  /**
   * The simulators of a {@code url} target: {@code MOMO_BASE_URL} may name several, separated by
   * commas (instances of one shared simulator), and the suite then sends each request to the next
   * of them in turn; empty for other targets.
   */
  public List<String> baseUrls() {
    return kind == TargetKind.URL && baseUrl != null ? List.of(baseUrl.split(",")) : List.of();
  }

  private static TargetSettings sandboxTarget(
      String enabled, Map<Product, String> keys, String callbackHost) {
    if (!"true".equalsIgnoreCase(enabled == null ? "" : enabled.trim())) {
      return new TargetSettings(
          TargetKind.SANDBOX,
          MomoClientBuilder.SANDBOX_BASE_URL,
          keys,
          callbackHost,
          Optional.of(
              "target 'sandbox' skipped: it runs only in the sandbox profile, "
                  + "add -Psandbox to the mvn command"));
    }
    List<String> absent =
        java.util.Arrays.stream(Product.values())
            .filter(p -> !keys.containsKey(p))
            .map(p -> "MOMO_" + p.environmentName() + "_SUBSCRIPTION_KEY")
            .toList();
    return new TargetSettings(
        TargetKind.SANDBOX,
        MomoClientBuilder.SANDBOX_BASE_URL,
        keys,
        callbackHost,
        absent.isEmpty()
            ? Optional.empty()
            : Optional.of(
                "target 'sandbox' skipped: set "
                    + String.join(", ", absent)
                    + " (your momodeveloper.mtn.com primary keys)"));
  }

  /** The given keys, completed with the simulator's documented defaults. */
  private static Map<Product, String> simulatorKeys(Map<Product, String> given) {
    Map<Product, String> keys = new EnumMap<>(Product.class);
    keys.put(Product.COLLECTION, DefaultSubscriptionKeys.COLLECTION_PRIMARY);
    keys.put(Product.DISBURSEMENT, DefaultSubscriptionKeys.DISBURSEMENT_PRIMARY);
    keys.put(Product.REMITTANCE, DefaultSubscriptionKeys.REMITTANCE_PRIMARY);
    keys.putAll(given);
    return keys;
  }

  private static Optional<String> firstNonBlank(String first, String second) {
    if (first != null && !first.isBlank()) {
      return Optional.of(first);
    }
    return second != null && !second.isBlank() ? Optional.of(second) : Optional.empty();
  }

  public TargetSettings {
    subscriptionKeys = Map.copyOf(subscriptionKeys);
  }
}

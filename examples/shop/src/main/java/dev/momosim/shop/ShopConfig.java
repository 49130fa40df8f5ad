package dev.momosim.shop;

import dev.momosim.client.EnvironmentConfig;
import dev.momosim.client.MomoClientBuilder;
import dev.momosim.client.product.Product;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shop's settings, like the brief's {@code .env}: the client's {@code MOMO_*} variables (see
 * docs/client.md), by default a local simulator with its preset users, plus the shop's own.
 *
 * <table>
 *   <caption>The shop's variables</caption>
 *   <tr><td>{@code SHOP_HOST}</td><td>address to listen on; default {@code 127.0.0.1}</td></tr>
 *   <tr><td>{@code SHOP_PORT}</td><td>default 3000 ({@code --port} wins)</td></tr>
 *   <tr><td>{@code SHOP_CALLBACK_URL}</td><td>where MoMo sends callbacks; default
 *       {@code http://localhost:PORT/callback/{referenceId}}</td></tr>
 *   <tr><td>{@code SHOP_APPROVAL_WINDOW_SECONDS}</td><td>how long to wait for a final status;
 *       default 330 (MoMo's five minutes and a margin)</td></tr>
 *   <tr><td>{@code SHOP_CURRENCY}</td><td>default {@code EUR} (the sandbox's only one)</td></tr>
 * </table>
 *
 * @param callbackUrl {@code null} for the default on the port the shop listens on
 */
public record ShopConfig(
    String host, int port, String callbackUrl, Duration approvalWindow, String currency) {

  static final String SIMULATOR_URL = "http://127.0.0.1:8080";

  /** The simulator's preset users (README "Credentials"): subscription key, API user, API key. */
  private static final Map<Product, List<String>> PRESET =
      Map.of(
          Product.COLLECTION,
          List.of(
              "0c011ec7000000000000000000000001",
              "c0111ec7-0000-4000-8000-000000000001",
              "c011ec7a000000000000000000000001"),
          Product.DISBURSEMENT,
          List.of(
              "0d15b0e5000000000000000000000001",
              "d15b0e5e-0000-4000-8000-000000000001",
              "d15b0e5a000000000000000000000001"));

  public ShopConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("SHOP_PORT: must be from 0 to 65535, not " + port);
    }
    if (approvalWindow.isNegative() || approvalWindow.isZero()) {
      throw new IllegalArgumentException("SHOP_APPROVAL_WINDOW_SECONDS: must be positive");
    }
  }

  static ShopConfig fromEnvironment(Map<String, String> env) {
    return new ShopConfig(
        value(env, "SHOP_HOST", "127.0.0.1"),
        integer(env, "SHOP_PORT", 3000),
        value(env, "SHOP_CALLBACK_URL", null),
        Duration.ofSeconds(integer(env, "SHOP_APPROVAL_WINDOW_SECONDS", 330)),
        value(env, "SHOP_CURRENCY", "EUR"));
  }

  ShopConfig withPort(int newPort) {
    return new ShopConfig(host, newPort, callbackUrl, approvalWindow, currency);
  }

  /**
   * The client's builder from {@code MOMO_*} variables; where unset, the local simulator and its
   * preset collection and disbursement users.
   */
  static MomoClientBuilder client(Map<String, String> env) {
    Map<String, String> withDefaults = new HashMap<>(env);
    withDefaults.putIfAbsent(EnvironmentConfig.BASE_URL, SIMULATOR_URL);
    PRESET.forEach(
        (product, values) -> {
          List<String> names =
              List.of(
                  EnvironmentConfig.variable(product, "SUBSCRIPTION_KEY"),
                  EnvironmentConfig.variable(product, "API_USER"),
                  EnvironmentConfig.variable(product, "API_KEY"));
          if (names.stream().allMatch(name -> blank(env.get(name)))) {
            for (int i = 0; i < names.size(); i++) {
              withDefaults.put(names.get(i), values.get(i));
            }
          }
        });
    return EnvironmentConfig.builder(withDefaults);
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return blank(value) ? fallback : value.strip();
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    String value = value(env, name, null);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(name + ": must be a whole number, not '" + value + "'");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}

package dev.momosim.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.behaviour.RuleSet;
import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The simulator's configuration: the packaged {@code default-config.json} with a user's JSON merged
 * over it (the config-file format documented in the README). Immutable; every {@code with...}
 * returns a new config. A setting that cannot be used fails at construction with an {@link
 * IllegalArgumentException} naming it.
 */
public final class SimulatorConfig {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String DEFAULTS = "/dev/momosim/simulator/default-config.json";

  private final ObjectNode json;
  private final Map<Product, List<String>> subscriptionKeys = new EnumMap<>(Product.class);
  private final Map<String, BigDecimal> walletBalances = new HashMap<>();
  private final Map<Product, BigDecimal> partnerBalances = new EnumMap<>(Product.class);
  private final BigDecimal defaultWalletBalance;
  private final RuleSet ruleSet;

  private SimulatorConfig(ObjectNode json) {
    this.json = json;
    for (Product product : Product.values()) {
      JsonNode keys = json.path("subscriptionKeys").path(product.pathName());
      List<String> values = new ArrayList<>();
      keys.forEach(key -> values.add(key.asText()));
      if (values.isEmpty()) {
        throw new IllegalArgumentException(
            "subscriptionKeys." + product.pathName() + " has no key");
      }
      subscriptionKeys.put(product, List.copyOf(values));
      partnerBalances.put(
          product,
          decimal(
              json.path("ledger").path("accounts").path(product.pathName()),
              "ledger.accounts." + product.pathName()));
    }
    json.path("ledger")
        .path("wallets")
        .fields()
        .forEachRemaining(
            wallet ->
                walletBalances.put(
                    wallet.getKey(),
                    decimal(wallet.getValue(), "ledger.wallets." + wallet.getKey())));
    this.defaultWalletBalance =
        decimal(json.path("ledger").path("defaultWalletBalance"), "ledger.defaultWalletBalance");
    approvalMode();
    reasonAsObject();
    retainedTransactions();
    dev.momosim.simulator.callback.CallbackSettings.from(json.path("callbacks"));
    this.ruleSet = loadRules();
  }

  public static SimulatorConfig defaults() {
    try (InputStream in = SimulatorConfig.class.getResourceAsStream(DEFAULTS)) {
      return new SimulatorConfig((ObjectNode) MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packaged default configuration", e);
    }
  }

  /** The defaults with this config-file JSON merged over them. */
  public static SimulatorConfig fromJson(String json) {
    return defaults().merge(json);
  }

  public static SimulatorConfig fromFile(Path file) {
    try {
      return fromJson(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read config file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * This config with the given JSON object merged over it (objects merge, other values replace).
   */
  public SimulatorConfig merge(String jsonPatch) {
    JsonNode patch;
    try {
      patch = MAPPER.readTree(jsonPatch);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "configuration is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (patch == null || !patch.isObject()) {
      throw new IllegalArgumentException("configuration must be a JSON object");
    }
    ObjectNode merged = json.deepCopy();
    mergeInto(merged, (ObjectNode) patch, "");
    return new SimulatorConfig(merged);
  }

  public SimulatorConfig withPort(int port) {
    return with(node -> node.put("port", port));
  }

  public SimulatorConfig withHost(String host) {
    return with(node -> node.put("host", host));
  }

  /** Replaces both keys of a product with this one key. */
  public SimulatorConfig withSubscriptionKey(Product product, String key) {
    return with(
        node -> {
          ObjectNode keys =
              ((ObjectNode) node.path("subscriptionKeys")).putObject(product.pathName());
          keys.put("primary", key);
        });
  }

  public SimulatorConfig withApprovalMode(ApprovalMode mode) {
    return with(node -> ((ObjectNode) node.path("approval")).put("mode", mode.name()));
  }

  private SimulatorConfig with(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode copy = json.deepCopy();
    change.accept(copy);
    return new SimulatorConfig(copy);
  }

  public String host() {
    return json.path("host").asText("127.0.0.1");
  }

  public int port() {
    int port = json.path("port").asInt(8080);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    return port;
  }

  /** The product's accepted subscription keys, primary first. */
  public List<String> subscriptionKeys(Product product) {
    return subscriptionKeys.get(product);
  }

  /**
   * Whether an API user works on every product (true) or only on its own (false, as MTN measured).
   */
  public boolean usersWorkOnEveryProduct() {
    String scope = json.path("apiUsers").path("scope").asText("product");
    return switch (scope) {
      case "product" -> false;
      case "any-product" -> true;
      default ->
          throw new IllegalArgumentException("apiUsers.scope must be product or any-product");
    };
  }

  public Set<String> targetEnvironments() {
    Set<String> environments = new TreeSet<>();
    json.path("targetEnvironments").forEach(environment -> environments.add(environment.asText()));
    return environments;
  }

  public PaymentSettings paymentSettings() {
    return new PaymentSettings(
        json.path("currency").asText("EUR"),
        json.path("errors").path("invalidCurrencyStatus").asInt(500),
        approvalWindow(),
        json.path("ledger").path("payerInsufficientFundsReason").asText("NOT_ENOUGH_FUNDS"));
  }

  public Duration tokenLifetime() {
    return Duration.ofSeconds(json.path("tokens").path("lifetimeSeconds").asLong(3600));
  }

  /** Whether {@code reason} is rendered as {@code {"code","message"}} (true) or a plain string. */
  public boolean reasonAsObject() {
    String format = json.path("errors").path("reasonFormat").asText("string");
    return switch (format) {
      case "string" -> false;
      case "object" -> true;
      default -> throw new IllegalArgumentException("errors.reasonFormat must be string or object");
    };
  }

  public BigDecimal partnerOpeningBalance(Product product) {
    return partnerBalances.get(product);
  }

  /** The opening balance of a wallet, by party id. */
  public BigDecimal walletOpeningBalance(String partyId) {
    BigDecimal configured = walletBalances.get(partyId);
    return configured != null ? configured : defaultWalletBalance;
  }

  public ApprovalMode approvalMode() {
    String mode = json.path("approval").path("mode").asText("AUTO");
    try {
      return ApprovalMode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("approval.mode must be AUTO or MANUAL, was " + mode);
    }
  }

  public Duration approvalWindow() {
    return Duration.ofSeconds(json.path("approval").path("windowSeconds").asLong(300));
  }

  /**
   * The rule set to start with: inline {@code rules} first, then {@code rulesFile} or the sandbox
   * table.
   */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** How many transactions are kept before the oldest finished ones are forgotten. */
  public int retainedTransactions() {
    int retained = json.path("retention").path("maxTransactions").asInt(100_000);
    if (retained < 1) {
      throw new IllegalArgumentException(
          "retention.maxTransactions must be at least 1, was " + retained);
    }
    return retained;
  }

  /** Whether every request gets a log line (method, path, status, reference id). */
  public boolean logsRequests() {
    return json.path("log").path("requests").asBoolean(true);
  }

  public int bodyLimitBytes() {
    return json.path("limits").path("bodyBytes").asInt(65536);
  }

  /**
   * A settings section as JSON (e.g. {@code callbacks}, {@code journal}), for the parts that own
   * it.
   */
  public JsonNode section(String name) {
    return json.path(name).deepCopy();
  }

  /** The whole effective configuration. */
  public String toJson() {
    return json.toPrettyString();
  }

  /**
   * A rule parser that resolves named delays (e.g. {@code sandbox.ongoingExpirySeconds}) from this
   * config.
   */
  public RuleFileParser ruleParser() {
    return new RuleFileParser(
        name -> {
          JsonNode value = json.at("/" + name.replace('.', '/'));
          return value.isNumber() ? value.asLong() : null;
        });
  }

  private RuleSet loadRules() {
    RuleFileParser parser = ruleParser();
    JsonNode rulesFile = json.path("rulesFile");
    RuleSet base =
        rulesFile.isTextual()
            ? parseFile(parser, Path.of(rulesFile.asText()))
            : parser.sandboxDefaults();
    JsonNode inline = json.path("rules");
    return new RuleSet(parser.parseRules(inline), Map.of()).before(base);
  }

  private static RuleSet parseFile(RuleFileParser parser, Path file) {
    try {
      return parser.parse(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read rules file " + file + ": " + e.getMessage(), e);
    }
  }

  private static BigDecimal decimal(JsonNode node, String field) {
    try {
      return Amounts.parse(
          field,
          node.isNumber()
              ? node.numberValue()
              : node.isValueNode() ? node.asText() : node.toString());
    } catch (MomoException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Objects merge field by field, except a product's subscription keys, which replace the defaults.
   */
  private static void mergeInto(ObjectNode target, ObjectNode patch, String path) {
    patch
        .fields()
        .forEachRemaining(
            field -> {
              JsonNode existing = target.get(field.getKey());
              boolean replaceWhole = path.equals("subscriptionKeys");
              if (!replaceWhole
                  && existing instanceof ObjectNode existingObject
                  && field.getValue() instanceof ObjectNode patchObject) {
                mergeInto(
                    existingObject,
                    patchObject,
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey());
              } else {
                target.set(field.getKey(), field.getValue().deepCopy());
              }
            });
  }
}

package dev.momosim.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.momosim.simulator.app.Consents;
import dev.momosim.simulator.app.PaymentSettings;
import dev.momosim.simulator.app.port.Durability;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.InvalidRuleException;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.behaviour.RuleSet;
import dev.momosim.simulator.config.ApiUserSettings;
import dev.momosim.simulator.config.CallbackSettings;
import dev.momosim.simulator.config.ConfigJson;
import dev.momosim.simulator.config.ConsentSettings;
import dev.momosim.simulator.config.ControlSettings;
import dev.momosim.simulator.config.ErrorSettings;
import dev.momosim.simulator.config.JournalSettings;
import dev.momosim.simulator.config.PresetUser;
import dev.momosim.simulator.config.SimulatorSettings;
import dev.momosim.simulator.config.StorageSettings;
import dev.momosim.simulator.config.TenantSettings;
import dev.momosim.simulator.config.TlsSettings;
import dev.momosim.simulator.domain.Product;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The simulator's configuration: the packaged {@code default-config.json} with a user's JSON merged
 * over it (the config-file format documented in docs/configuration.md), bound once to typed {@link
 * SimulatorSettings}. Immutable; every {@code with...} returns a new config. A setting that cannot
 * be used, and any unknown key, fails at construction with an {@link IllegalArgumentException}
 * naming its path.
 */
public final class SimulatorConfig {
  private final ObjectNode json;
  private final SimulatorSettings settings;
  private final RuleSet ruleSet;

  private SimulatorConfig(ObjectNode json) {
    this.json = json;
    this.settings = ConfigJson.bind(json);
    this.ruleSet = loadRules();
  }

  /** Whether the state lives in this process only (no data directory, no database). */
  public boolean inMemory() {
    return settings.storage().dataDir() == null && settings.storage().databaseUrl() == null;
  }

  /**
   * The configuration of a tenant besides the default one: this one, except that its state is kept
   * within the tenant caps ({@code tenants.maxTransactions}, {@code tenants.maxWallets}) and no
   * state document seeds it. It keeps its state where the simulator keeps its own (in memory, under
   * the data directory, in the database: {@link TenantStores}).
   */
  public SimulatorConfig forTenant() {
    TenantSettings tenants = settings.tenants();
    return with(
        node -> {
          ObjectNode retention = (ObjectNode) node.path("retention");
          retention.put("maxTransactions", tenants.maxTransactions());
          retention.put("maxWallets", tenants.maxWallets());
          ObjectNode storage = (ObjectNode) node.path("storage");
          storage.putNull("state");
        });
  }

  /** Tenants: isolated simulators inside this one. */
  public TenantSettings tenants() {
    return settings.tenants();
  }

  public static SimulatorConfig defaults() {
    return new SimulatorConfig(ConfigJson.packagedDefaults());
  }

  /** The defaults with this config-file JSON merged over them. */
  public static SimulatorConfig fromJson(String json) {
    return new SimulatorConfig(
        ConfigJson.merge(ConfigJson.packagedDefaults(), ConfigJson.parse(json)));
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
    return new SimulatorConfig(ConfigJson.merge(json, ConfigJson.parse(jsonPatch)));
  }

  public SimulatorConfig withPort(int port) {
    return with(node -> node.put("port", port));
  }

  /** Answers HTTP on this many event loops ({@code eventLoops}). */
  public SimulatorConfig withEventLoops(int eventLoops) {
    return with(node -> node.put("eventLoops", eventLoops));
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

  /**
   * Requires this token on every control-API and dashboard request ({@code control.adminToken}).
   *
   * @throws IllegalArgumentException if it is shorter than 16 characters or holds a character a
   *     cookie or a link cannot carry (the message never shows the token)
   */
  public SimulatorConfig withAdminToken(String token) {
    return with(node -> ((ObjectNode) node.path("control")).put("adminToken", token));
  }

  public SimulatorConfig withApprovalMode(ApprovalMode mode) {
    return with(node -> ((ObjectNode) node.path("approval")).put("mode", mode.name()));
  }

  /** Keeps the state in this directory ({@code storage.dataDir}). */
  public SimulatorConfig withDataDir(Path dataDir) {
    return with(node -> ((ObjectNode) node.path("storage")).put("dataDir", dataDir.toString()));
  }

  /** Keeps the state in this PostgreSQL database, shared by every instance on it. */
  public SimulatorConfig withDatabaseUrl(String databaseUrl) {
    return with(node -> ((ObjectNode) node.path("storage")).put("databaseUrl", databaseUrl));
  }

  /** How durable a change is before it is acknowledged ({@code storage.durability}). */
  public SimulatorConfig withDurability(Durability durability) {
    return with(node -> ((ObjectNode) node.path("storage")).put("durability", durability.name()));
  }

  /** Starts from this state document ({@code storage.state}). */
  public SimulatorConfig withState(Path state) {
    return with(node -> ((ObjectNode) node.path("storage")).put("state", state.toString()));
  }

  /** Also serves HTTPS on this port ({@code tls.httpsPort}); 0 picks a free one. */
  public SimulatorConfig withHttpsPort(int port) {
    return with(node -> ((ObjectNode) node.path("tls")).put("httpsPort", port));
  }

  /**
   * Adds these names to the server certificate and to the hosts {@code CONNECT} is answered for
   * ({@code tls.names}).
   */
  public SimulatorConfig withTlsNames(List<String> names) {
    return with(
        node -> {
          var array = ((ObjectNode) node.path("tls")).putArray("names");
          names.forEach(array::add);
        });
  }

  /** Keeps the local certificate authority in this directory ({@code tls.caDir}). */
  public SimulatorConfig withCaDir(Path caDir) {
    return with(node -> ((ObjectNode) node.path("tls")).put("caDir", caDir.toString()));
  }

  private SimulatorConfig with(Consumer<ObjectNode> change) {
    ObjectNode copy = json.deepCopy();
    change.accept(copy);
    return new SimulatorConfig(copy);
  }

  /**
   * The whole configuration as JSON text, equal for equal configurations: a key to share by, never
   * to show (it holds the admin token and keys).
   */
  public String sharingKey() {
    return json.toString();
  }

  /** Every setting, typed. */
  public SimulatorSettings settings() {
    return settings;
  }

  public String host() {
    return settings.host();
  }

  public int port() {
    return settings.port();
  }

  /** How many event loops answer HTTP: {@code eventLoops}, else one per available processor. */
  public int eventLoops() {
    Integer configured = settings.eventLoops();
    return configured != null
        ? configured
        : Math.min(SimulatorSettings.MAX_EVENT_LOOPS, Runtime.getRuntime().availableProcessors());
  }

  /** The product's accepted subscription keys, primary first. */
  public List<String> subscriptionKeys(Product product) {
    return settings.subscriptionKeys().of(product);
  }

  /**
   * Whether an API user works on every product (true) or only on its own (false, as MTN measured).
   */
  public boolean usersWorkOnEveryProduct() {
    return settings.apiUsers().scope() == ApiUserSettings.Scope.ANY_PRODUCT;
  }

  /** The API users that exist from the start and survive a reset ({@code apiUsers.preset}). */
  public List<PresetUser> presetUsers() {
    return settings.apiUsers().preset();
  }

  public Set<String> targetEnvironments() {
    return new TreeSet<>(settings.targetEnvironments());
  }

  public PaymentSettings paymentSettings() {
    return new PaymentSettings(
        settings.currency(),
        settings.errors().invalidCurrencyStatus(),
        approvalWindow(),
        settings.ledger().payerInsufficientFundsReason());
  }

  public Duration tokenLifetime() {
    return settings.tokens().lifetime();
  }

  /** How consent requests and their oauth2 tokens behave ({@code consent}). */
  public Consents.Settings consentSettings() {
    ConsentSettings consent = settings.consent();
    return new Consents.Settings(
        consent.mode(),
        consent.interval(),
        consent.expiresIn(),
        consent.tokenLifetime(),
        consent.validity());
  }

  /** Whether {@code userinfo} writes address and credit score as strings, as MTN's schema does. */
  public boolean userInfoAsDeclared() {
    return settings.consent().userInfoFormat() == ConsentSettings.UserInfoFormat.SCHEMA;
  }

  /** Whether {@code reason} is rendered as {@code {"code","message"}} (true) or a plain string. */
  public boolean reasonAsObject() {
    return settings.errors().reasonFormat() == ErrorSettings.ReasonFormat.OBJECT;
  }

  /** The answer to a creating body whose payer or payee is {@code {}} (500 as MTN, or 400). */
  public int emptyPartyStatus() {
    return settings.errors().emptyPartyStatus();
  }

  public BigDecimal partnerOpeningBalance(Product product) {
    return settings.ledger().accounts().of(product);
  }

  /** The opening balance of a wallet, by party id. */
  public BigDecimal walletOpeningBalance(String partyId) {
    return settings.ledger().walletOpeningBalance(partyId);
  }

  public ApprovalMode approvalMode() {
    return settings.approval().mode();
  }

  public Duration approvalWindow() {
    return settings.approval().window();
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
    return settings.retention().maxTransactions();
  }

  /** How many wallets are stored before the least recently used are forgotten. */
  public int retainedWallets() {
    return settings.retention().maxWallets();
  }

  /** Whether every request gets a log line (method, path, status, reference id). */
  public boolean logsRequests() {
    return settings.log().requests();
  }

  public int bodyLimitBytes() {
    return settings.limits().bodyBytes();
  }

  /** The request journal's settings ({@code journal}). */
  public JournalSettings journal() {
    return settings.journal();
  }

  /** How callbacks are delivered ({@code callbacks}). */
  public CallbackSettings callbacks() {
    return settings.callbacks();
  }

  /** Who may use the control API and the dashboard ({@code control}). */
  /** Where the state is kept ({@code storage}). */
  public StorageSettings storage() {
    return settings.storage();
  }

  public ControlSettings control() {
    return settings.control();
  }

  /** HTTPS and the interception of MTN's hosts ({@code tls}). */
  public TlsSettings tls() {
    return settings.tls();
  }

  /**
   * Where the local certificate authority is kept: {@code tls.caDir}, else {@code ca} in the data
   * directory, else {@code ~/.momo-sim}.
   */
  public Path caDirectory() {
    if (settings.tls().caDir() != null) {
      return Path.of(settings.tls().caDir());
    }
    if (settings.storage().dataDir() != null) {
      return Path.of(settings.storage().dataDir(), "ca");
    }
    return Path.of(System.getProperty("user.home"), ".momo-sim");
  }

  /** The whole effective configuration, the admin token shown as {@code <redacted>}. */
  public String toJson() {
    if (settings.control().adminToken() == null) {
      return json.toPrettyString();
    }
    ObjectNode shown = json.deepCopy();
    ((ObjectNode) shown.path("control")).put("adminToken", "<redacted>");
    return shown.toPrettyString();
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
    try {
      RuleSet base =
          settings.rulesFile() != null
              ? parseFile(parser, Path.of(settings.rulesFile()))
              : parser.sandboxDefaults();
      return new RuleSet(parser.rules(settings.rules()), Map.of()).before(base);
    } catch (InvalidRuleException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static RuleSet parseFile(RuleFileParser parser, Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read rules file " + file + ": " + e.getMessage(), e);
    }
    try {
      return parser.parse(text);
    } catch (InvalidRuleException e) {
      throw new IllegalArgumentException("rulesFile " + file + ": " + e.getMessage(), e);
    }
  }
}

package dev.momosim.testcontainers;

import dev.momosim.client.MomoClient;
import dev.momosim.client.MomoClientBuilder;
import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.product.Product;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.config.PresetUser;
import dev.momosim.simulator.control.HttpSimulatorControl;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The momo-sim image ({@code bin/build-image}) as a Testcontainers container: a MoMo Open API
 * simulator for one test class, with its typed control client and ready MoMo client settings.
 *
 * <pre>{@code
 * try (MomoSimContainer sim = new MomoSimContainer().withApprovalMode(ApprovalMode.MANUAL)) {
 *   sim.start();
 *   MomoClient momo = sim.clientBuilder().build();
 *   ... momo.collections().requestToPay(...) ...
 *   sim.control().approve(referenceId) ...
 * }
 * }</pre>
 *
 * <p>The image is {@code momo-sim:<this jar's version>} unless another is named. The simulator
 * listens on every address inside the container, so its control API needs the admin token: the
 * container makes one up ({@link #getAdminToken()}) and {@link #control()} sends it. It is ready
 * once {@code GET /_sim/health} answers 200.
 *
 * <p>Callbacks: a container on the engine's default network cannot reach a receiver listening on
 * the test's own loopback address. {@link #withHostNetwork()} runs it on the host's network
 * (Linux), on a free port of loopback, and {@link #callbackUrl(int, String)} then names the test's
 * receiver the way the preset API users' callback host ({@code localhost}) allows.
 */
public class MomoSimContainer extends GenericContainer<MomoSimContainer> {
  /** The port the simulator listens on inside the container (the image's default). */
  public static final int PORT = 8080;

  /** The image repository {@code bin/build-image} tags. */
  public static final String IMAGE = "momo-sim";

  private static final String CONFIG_PATH = "/home/momo/momo-sim-config.json";
  private static final String DATA_DIR = "/data";
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);

  private final JsonObject config = new JsonObject();
  private final List<PresetUser> addedUsers = new ArrayList<>();
  private final JsonArray rules = new JsonArray();
  private ApprovalMode approvalMode;
  private String adminToken = newToken();
  private int hostPort; // 0: the engine's default network, port PORT mapped
  private boolean durable;
  private Vertx vertx;
  private HttpSimulatorControl control;

  /** The image {@code momo-sim:<version>} of this jar, as {@code bin/build-image} tags it. */
  public MomoSimContainer() {
    this(defaultImage());
  }

  public MomoSimContainer(String image) {
    this(DockerImageName.parse(image));
  }

  public MomoSimContainer(DockerImageName image) {
    super(image);
  }

  /** {@code momo-sim:<version of this jar>}. */
  public static DockerImageName defaultImage() {
    return DockerImageName.parse(IMAGE).withTag(ModuleVersion.get());
  }

  /**
   * Configuration merged over the simulator's defaults (docs/configuration.md), e.g. {@code
   * {"currency": "UGX"}}. May be called more than once; later keys win.
   *
   * @throws IllegalArgumentException if it is not a JSON object
   */
  public MomoSimContainer withConfig(String json) {
    config.mergeIn(jsonObject(json, "withConfig"), true);
    return self();
  }

  /**
   * Behaviour rules (docs/rules.md), as a JSON array of rules or one rule object; added after the
   * rules of {@link #withConfig(String)}.
   *
   * @throws IllegalArgumentException if it is neither
   */
  public MomoSimContainer withRules(String json) {
    String trimmed = Objects.requireNonNull(json, "rules").trim();
    try {
      if (trimmed.startsWith("[")) {
        rules.addAll(new JsonArray(trimmed));
      } else {
        rules.add(new JsonObject(trimmed));
      }
    } catch (DecodeException e) {
      throw new IllegalArgumentException(
          "withRules: not a JSON rule or array of rules: " + e.getMessage(), e);
    }
    return self();
  }

  /** How payments no rule matches end: automatically, or only when approved or rejected. */
  public MomoSimContainer withApprovalMode(ApprovalMode mode) {
    this.approvalMode = Objects.requireNonNull(mode, "mode");
    return self();
  }

  /**
   * Keeps the simulator's state in this directory of the host (mounted as {@code /data}), durably
   * across container restarts. The container runs as the directory's owner so that it can write
   * there.
   */
  public MomoSimContainer withDataDir(Path hostDirectory) {
    Path directory = hostDirectory.toAbsolutePath();
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("withDataDir: not a directory: " + directory);
    }
    int owner;
    try {
      owner = (Integer) Files.getAttribute(directory, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException e) {
      throw new IllegalArgumentException("withDataDir: cannot read the owner of " + directory, e);
    }
    withFileSystemBind(directory.toString(), DATA_DIR, BindMode.READ_WRITE);
    withEnv("MOMO_SIM_DATA_DIR", DATA_DIR);
    withCreateContainerCmdModifier(command -> command.withUser(owner + ":" + owner));
    durable = true;
    return self();
  }

  /**
   * An API user that exists from the start, beside the default preset users (README, Credentials),
   * with callback host {@code localhost}.
   */
  public MomoSimContainer withPresetUser(Product product, String apiUser, String apiKey) {
    return withPresetUser(product, apiUser, apiKey, "localhost");
  }

  /** An API user that exists from the start, with its callback host. */
  public MomoSimContainer withPresetUser(
      Product product, String apiUser, String apiKey, String callbackHost) {
    addedUsers.add(new PresetUser(apiUser, apiKey, simulatorProduct(product), callbackHost));
    return self();
  }

  /**
   * The admin token the control API requires (16 to 512 printable characters). Default: 256 random
   * bits made up for this container.
   */
  public MomoSimContainer withAdminToken(String token) {
    this.adminToken = Objects.requireNonNull(token, "token");
    return self();
  }

  /**
   * Runs the container on the host's network (Linux only), listening on a free port of loopback, so
   * that callbacks reach a receiver the test runs on its own machine ({@link #callbackUrl(int,
   * String)}). Nothing is published beyond loopback.
   */
  public MomoSimContainer withHostNetwork() {
    try (ServerSocket socket = new ServerSocket(0)) {
      hostPort = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("withHostNetwork: no free port", e);
    }
    withNetworkMode("host");
    return self();
  }

  @Override
  protected void configure() {
    withEnv("MOMO_SIM_ADMIN_TOKEN", adminToken);
    if (hostPort == 0) {
      withExposedPorts(PORT);
      waitingFor(
          Wait.forHttp("/_sim/health")
              .forPort(PORT)
              .forStatusCode(200)
              .withStartupTimeout(STARTUP_TIMEOUT));
    } else {
      withEnv("MOMO_SIM_HOST", "127.0.0.1");
      withEnv("MOMO_SIM_PORT", Integer.toString(hostPort));
      // No port is mapped on the host's network: the line serve prints once it accepts requests.
      waitingFor(
          Wait.forLogMessage("momo-sim listening on .*\\n", 1).withStartupTimeout(STARTUP_TIMEOUT));
    }
    List<String> command = new ArrayList<>(List.of("serve"));
    JsonObject settings = settings();
    if (!settings.isEmpty()) {
      withCopyToContainer(Transferable.of(settings.encode(), 0644), CONFIG_PATH);
      command.addAll(List.of("--config", CONFIG_PATH));
    }
    if (approvalMode != null) {
      command.addAll(List.of("--approval-mode", approvalMode.name().toLowerCase(Locale.ROOT)));
    }
    setCommand(command.toArray(String[]::new));
  }

  /** The configuration file given to serve: withConfig's keys, the rules and the preset users. */
  JsonObject settings() {
    JsonObject settings = config.copy();
    if (!rules.isEmpty()) {
      JsonArray all = settings.getJsonArray("rules", new JsonArray()).copy();
      all.addAll(rules);
      settings.put("rules", all);
    }
    if (!addedUsers.isEmpty()) {
      JsonArray preset = new JsonArray();
      for (PresetUser user : presetUsers()) {
        preset.add(
            new JsonObject()
                .put("id", user.id())
                .put("apiKey", user.apiKey())
                .put("product", user.product().name().toLowerCase(Locale.ROOT))
                .put("providerCallbackHost", user.providerCallbackHost()));
      }
      JsonObject apiUsers = settings.getJsonObject("apiUsers", new JsonObject());
      settings.put("apiUsers", apiUsers.copy().put("preset", preset));
    }
    return settings;
  }

  private List<PresetUser> presetUsers() {
    List<PresetUser> all = new ArrayList<>(SimulatorConfig.defaults().presetUsers());
    all.addAll(addedUsers);
    return all;
  }

  /** The simulator's base URL as the test reaches it, e.g. {@code http://localhost:32771}. */
  public String getBaseUrl() {
    return hostPort == 0
        ? "http://" + getHost() + ":" + getMappedPort(PORT)
        : "http://127.0.0.1:" + hostPort;
  }

  public String getAdminToken() {
    return adminToken;
  }

  /**
   * The typed control client of this simulator ({@code /_sim}: approve, reject, clock, rules,
   * journals, ...), sending the admin token. One per container, closed when it stops.
   */
  public synchronized HttpSimulatorControl control() {
    if (!isRunning()) {
      throw new IllegalStateException("control(): the container is not running; start() it first");
    }
    if (control == null) {
      vertx = Vertx.vertx();
      control =
          new HttpSimulatorControl(
              vertx, getBaseUrl(), HttpSimulatorControl.DEFAULT_TIMEOUT, adminToken);
    }
    return control;
  }

  /**
   * A fresh tenant of this simulator (docs/tenants.md), named {@code tc-} and a random suffix: test
   * classes sharing one container each take one and never see each other's rules, clock, approval
   * mode or payments. Close it to delete it.
   */
  public MomoSimTenant newTenant() {
    return newTenant("tc-" + UUID.randomUUID());
  }

  /** A tenant with this id (made if it does not exist). */
  public MomoSimTenant newTenant(String id) {
    return new MomoSimTenant(this, id);
  }

  /**
   * The credentials of the product's first preset API user (the README's table unless {@link
   * #withPresetUser} added others after it) with the product's primary subscription key.
   */
  public ProductCredentials credentials(Product product) {
    dev.momosim.simulator.domain.Product simulated = simulatorProduct(product);
    SimulatorConfig defaults = SimulatorConfig.defaults();
    PresetUser user =
        presetUsers().stream()
            .filter(candidate -> candidate.product() == simulated)
            .findFirst()
            .orElseThrow();
    return new ProductCredentials(
        defaults.subscriptionKeys(simulated).get(0), user.id(), user.apiKey());
  }

  /**
   * A MoMo client builder pointed at this simulator with {@link #credentials(Product)} for every
   * product; add a callback URL, timeouts or policies, then {@code build()}.
   */
  public MomoClientBuilder clientBuilder() {
    MomoClientBuilder builder = MomoClient.builder().baseUrl(getBaseUrl());
    for (Product product : Product.values()) {
      builder.credentials(product, credentials(product));
    }
    return builder;
  }

  /**
   * The URL by which the simulator reaches a callback receiver listening on the test's loopback
   * port, e.g. {@code http://localhost:41234/callbacks}. Needs {@link #withHostNetwork()}.
   */
  public String callbackUrl(int receiverPort, String path) {
    if (hostPort == 0) {
      throw new IllegalStateException(
          "callbackUrl: the container reaches the test's own receiver only on the host's network;"
              + " start it withHostNetwork()");
    }
    return "http://localhost:" + receiverPort + (path.startsWith("/") ? path : "/" + path);
  }

  /**
   * Stops the simulator and removes the container. With a data directory it is first stopped
   * gracefully (SIGTERM, waiting for it to exit), so that the directory is released before the next
   * container opens it.
   */
  @Override
  public void stop() {
    if (durable && getContainerId() != null && isRunning()) {
      getDockerClient()
          .stopContainerCmd(getContainerId())
          .withTimeout((int) GRACEFUL_STOP.toSeconds())
          .exec();
    }
    synchronized (this) {
      if (control != null) {
        control.close();
        vertx.close();
        control = null;
        vertx = null;
      }
    }
    super.stop();
  }

  private static dev.momosim.simulator.domain.Product simulatorProduct(Product product) {
    return dev.momosim.simulator.domain.Product.valueOf(
        Objects.requireNonNull(product, "product").name());
  }

  private static JsonObject jsonObject(String json, String where) {
    try {
      return new JsonObject(Objects.requireNonNull(json, where));
    } catch (DecodeException | ClassCastException e) {
      throw new IllegalArgumentException(where + ": not a JSON object: " + e.getMessage(), e);
    }
  }

  private static String newToken() {
    byte[] bits = new byte[32];
    new SecureRandom().nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }
}

package dev.momosim.contract.target;

import dev.momosim.client.MomoClient;
import dev.momosim.client.MomoClientBuilder;
import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.model.RetryPolicy;
import dev.momosim.client.product.Product;
import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.control.HttpSimulatorControl;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.shared.RoundRobinForwarder;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The running target of this test run: where it is, the API users provisioned on it (one per
 * product, once per run), a client configured for them, raw HTTP, and, on simulator targets, the
 * control API and a local callback receiver. The client and raw HTTP reach the target through a
 * {@link WireTap}, whose listener sees every answer as it came off the wire. Created by {@link
 * TargetExtension} in the root store and shared by every test class; closed when the run ends.
 * Thread-safe.
 */
public final class MomoTarget implements AutoCloseable {

  private final TargetSettings settings;
  private final Vertx vertx;
  private final String baseUrl;
  private final MomoSimulator embedded;
  private final SimulatorControl control;
  private final CallbackReceiver receiver;
  private final WireTap tap;
  private final Map<Product, ProductCredentials> credentials;
  private final MomoClient client;
  private final WebClient web;
  private final RawApi raw;

  private MomoTarget(
      TargetSettings settings,
      Vertx vertx,
      String baseUrl,
      MomoSimulator embedded,
      SimulatorControl control,
      CallbackReceiver receiver,
      WireTap tap,
      Map<Product, ProductCredentials> credentials) {
    this.settings = settings;
    this.vertx = vertx;
    this.baseUrl = baseUrl;
    this.embedded = embedded;
    this.control = control;
    this.receiver = receiver;
    this.tap = tap;
    this.credentials = Map.copyOf(credentials);
    this.client = clientBuilder().build();
    this.web = WebClient.create(vertx);
    this.raw = new RawApi(web, tap.baseUrl());
  }

  /**
   * Starts (embedded) or reaches (url, sandbox) the target and provisions one API user per product.
   */
  static MomoTarget start(TargetSettings settings) {
    return start(settings, SimulatorConfig.defaults());
  }

  /**
   * A simulator of the test's own, in this JVM, started with {@code config} (any port in it is
   * replaced by a free one) and provisioned like the run's target. For simulator-only tests of a
   * configuration switch; the test closes it.
   */
  public static MomoTarget embedded(SimulatorConfig config) {
    return start(TargetSettings.from(property -> null, variable -> null), config);
  }

  private static MomoTarget start(TargetSettings settings, SimulatorConfig config) {
    Vertx vertx = Vertx.vertx();
    try {
      MomoSimulator embedded = null;
      SimulatorControl control = null;
      String baseUrl = settings.baseUrl();
      if (settings.kind() == TargetKind.EMBEDDED) {
        embedded = Await.result(MomoSimulator.start(vertx, config.withPort(0)));
        baseUrl = embedded.baseUrl();
        control = embedded.control();
      } else if (settings.kind() == TargetKind.URL) {
        if (settings.baseUrls().size() > 1) {
          // Several instances of one shared simulator: every request, the control API's too, goes
          // to the next of them in turn (closed with the Vert.x instance).
          baseUrl = Await.result(RoundRobinForwarder.start(vertx, settings.baseUrls())).baseUrl();
        }
        control = new HttpSimulatorControl(vertx, baseUrl);
      }
      CallbackReceiver receiver =
          settings.kind().isSimulator() ? Await.result(CallbackReceiver.start(vertx)) : null;
      Map<Product, ProductCredentials> users = provision(vertx, baseUrl, settings);
      WireTap tap = Await.result(WireTap.start(vertx, baseUrl));
      return new MomoTarget(settings, vertx, baseUrl, embedded, control, receiver, tap, users);
    } catch (RuntimeException | AssertionError failed) {
      vertx.close();
      throw new IllegalStateException(
          "cannot start target '"
              + settings.kind().id()
              + "' at "
              + settings.baseUrl()
              + ": "
              + failed.getMessage(),
          failed);
    }
  }

  /**
   * Fresh API users, provisioned through the target's own {@code /v1_0/apiuser} with each product's
   * key.
   */
  private static Map<Product, ProductCredentials> provision(
      Vertx vertx, String baseUrl, TargetSettings settings) {
    MomoClient provisioning = MomoClient.builder().baseUrl(baseUrl).vertx(vertx).build();
    try {
      Map<Product, ProductCredentials> users = new EnumMap<>(Product.class);
      for (Product product : Product.values()) {
        String key = settings.subscriptionKeys().get(product);
        String user =
            Await.result(provisioning.provisioning(key).createApiUser(settings.callbackHost()));
        String apiKey = Await.result(provisioning.provisioning(key).createApiKey(user));
        users.put(product, new ProductCredentials(key, user, apiKey));
      }
      return users;
    } finally {
      provisioning.close();
    }
  }

  public TargetKind kind() {
    return settings.kind();
  }

  public boolean isSimulator() {
    return settings.kind().isSimulator();
  }

  /** The target's own address (the client and raw HTTP reach it through the wire tap). */
  public String baseUrl() {
    return baseUrl;
  }

  public Vertx vertx() {
    return vertx;
  }

  /** The {@code providerCallbackHost} of the provisioned users. */
  public String callbackHost() {
    return settings.callbackHost();
  }

  public String subscriptionKey(Product product) {
    return settings.subscriptionKeys().get(product);
  }

  /** The API user provisioned for {@code product} at the start of the run. */
  public ProductCredentials credentials(Product product) {
    return credentials.get(product);
  }

  /** The shared client, with credentials for all three products. */
  public MomoClient client() {
    return client;
  }

  /** Raw HTTP to the target. */
  public RawApi raw() {
    return raw;
  }

  /**
   * Hands every later answer of the target to the client or raw HTTP of this target, as received,
   * to {@code listener} ({@code null}: to nobody).
   */
  public void listen(WireTap.Listener listener) {
    tap.listen(listener);
  }

  /**
   * A builder preset for this target (base URL, Vert.x, every product's credentials, polling and
   * retries suited to it) for tests that need a client of their own; close what you build.
   */
  public MomoClientBuilder clientBuilder() {
    MomoClientBuilder builder = MomoClient.builder().baseUrl(tap.baseUrl()).vertx(vertx);
    credentials.forEach(builder::credentials);
    if (isSimulator()) {
      builder.pollingPolicy(
          new PollingPolicy(Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofSeconds(5)));
      builder.retryPolicy(
          new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), 2.0, 0.5));
    } else {
      builder.pollingPolicy(
          new PollingPolicy(Duration.ofMillis(500), Duration.ofSeconds(3), Duration.ofSeconds(15)));
    }
    return builder;
  }

  /** A client of this target changed by {@code change}; close it when done. */
  public MomoClient newClient(UnaryOperator<MomoClientBuilder> change) {
    return change.apply(clientBuilder()).build();
  }

  /** How long a payment may take to become final when its outcome is immediate. */
  public Duration settleDeadline() {
    return isSimulator() ? Duration.ofSeconds(10) : Duration.ofSeconds(90);
  }

  /**
   * An {@code X-Callback-Url} template on the users' callback host: the local receiver on simulator
   * targets; on the sandbox a URL on {@code MOMO_CALLBACK_HOST} (which this run does not listen
   * on).
   */
  public String callbackUrlTemplate() {
    return receiver != null
        ? receiver.urlTemplate()
        : "https://" + callbackHost() + "/momo/{referenceId}";
  }

  /**
   * The control API; only simulator targets have one (tests using it are tagged simulator-only).
   */
  public SimulatorControl control() {
    return Optional.ofNullable(control)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "target '"
                        + kind().id()
                        + "' has no control API: tag the test simulator-only"));
  }

  /**
   * The local callback receiver; only on simulator targets, whose users' callback host is
   * localhost.
   */
  public CallbackReceiver callbacks() {
    return Optional.ofNullable(receiver)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "target '" + kind().id() + "' cannot reach a local callback receiver"));
  }

  @Override
  public void close() {
    client.close();
    web.close();
    Await.result(tap.close());
    if (control instanceof HttpSimulatorControl http) {
      http.close();
    }
    if (receiver != null) {
      Await.result(receiver.close());
    }
    if (embedded != null) {
      Await.result(embedded.close());
    }
    Await.result(vertx.close());
  }

  @Override
  public String toString() {
    return kind().id() + " target at " + baseUrl;
  }
}

package dev.momosim.client;

import dev.momosim.client.model.Checks;
import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.model.RetryPolicy;
import dev.momosim.client.product.Product;
import io.vertx.core.Vertx;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the settings of a {@link MomoClient}. Not thread-safe; use it from one thread, then call
 * {@link #build()}. Every setting has a default except the credentials of the products you use.
 */
public final class MomoClientBuilder {

  /** The default base URL, MTN's sandbox. */
  public static final String SANDBOX_BASE_URL = "https://sandbox.momodeveloper.mtn.com";

  private String baseUrl = SANDBOX_BASE_URL;
  private String targetEnvironment = "sandbox";
  private final Map<Product, ProductCredentials> credentials = new EnumMap<>(Product.class);
  private String callbackUrl;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration requestTimeout = Duration.ofSeconds(30);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private PollingPolicy pollingPolicy = PollingPolicy.defaults();
  private Duration tokenRefreshLeeway = Duration.ofMinutes(10);
  private Clock clock = Clock.systemUTC();
  private Vertx vertx;
  private InetSocketAddress proxy;
  private Path trustedCertificates;

  MomoClientBuilder() {}

  /** The API root, e.g. {@code http://localhost:8080} for a simulator. Default: MTN's sandbox. */
  public MomoClientBuilder baseUrl(String url) {
    this.baseUrl = Checks.httpUrl(url, "base URL").replaceAll("/+$", "");
    return this;
  }

  /** The {@code X-Target-Environment}, e.g. {@code mtnuganda}. Default {@code sandbox}. */
  public MomoClientBuilder targetEnvironment(String environment) {
    if (environment == null || environment.isBlank()) {
      throw new IllegalArgumentException("target environment must not be blank");
    }
    this.targetEnvironment = environment.trim();
    return this;
  }

  /** The credentials of one product. */
  public MomoClientBuilder credentials(Product product, ProductCredentials productCredentials) {
    credentials.put(
        Objects.requireNonNull(product, "product"),
        Objects.requireNonNull(productCredentials, "credentials"));
    return this;
  }

  /** Shorthand for {@code credentials(product, new ProductCredentials(...))}. */
  public MomoClientBuilder credentials(
      Product product, String subscriptionKey, String apiUser, String apiKey) {
    return credentials(product, new ProductCredentials(subscriptionKey, apiUser, apiKey));
  }

  /**
   * The {@code X-Callback-Url} sent when a call gives none; {@code {referenceId}} in it is replaced
   * by the reference id. Its host must be the API user's callback host. Default: none.
   */
  public MomoClientBuilder callbackUrl(String url) {
    if (url != null) {
      Checks.callbackUrl(url);
    }
    this.callbackUrl = url == null ? null : url.trim();
    return this;
  }

  /** How long to wait for a connection. Default 10 s. */
  public MomoClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connect timeout");
    return this;
  }

  /**
   * How long one attempt may take in total: getting a connection, sending the request and reading
   * the complete answer. An attempt still unfinished then is reset and fails with a {@link
   * MomoTransportException} (retried under the {@link #retryPolicy(RetryPolicy) retry policy}).
   * Default 30 s.
   */
  public MomoClientBuilder requestTimeout(Duration timeout) {
    this.requestTimeout = positive(timeout, "request timeout");
    if (timeout.toMillis() < 1) {
      throw new IllegalArgumentException("request timeout must be at least 1 ms, got " + timeout);
    }
    return this;
  }

  /** How transient failures are retried. Default {@link RetryPolicy#defaults()}. */
  public MomoClientBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "retry policy");
    return this;
  }

  /** How the await helpers poll. Default {@link PollingPolicy#defaults()}. */
  public MomoClientBuilder pollingPolicy(PollingPolicy policy) {
    this.pollingPolicy = Objects.requireNonNull(policy, "polling policy");
    return this;
  }

  /**
   * How long before expiry a token is replaced (at most half its lifetime). Default 10 minutes, as
   * MTN advises.
   */
  public MomoClientBuilder tokenRefreshLeeway(Duration leeway) {
    Objects.requireNonNull(leeway, "token refresh leeway");
    if (leeway.isNegative()) {
      throw new IllegalArgumentException("token refresh leeway must not be negative");
    }
    this.tokenRefreshLeeway = leeway;
    return this;
  }

  /** The clock token expiry is measured on. Default the system UTC clock. */
  public MomoClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * A caller-owned Vert.x instance, which {@link MomoClient#close()} leaves open. Default: the
   * client owns one.
   */
  public MomoClientBuilder vertx(Vertx vertx) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    return this;
  }

  /**
   * Sends every request through this HTTP proxy; HTTPS goes through it with {@code CONNECT}. With
   * the simulator's port as proxy, a client left on MTN's sandbox URL reaches the simulator
   * (docs/https.md). Default: no proxy.
   */
  public MomoClientBuilder proxy(String host, int port) {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("proxy host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("proxy port must be between 1 and 65535, got " + port);
    }
    this.proxy = InetSocketAddress.createUnresolved(host.trim(), port);
    return this;
  }

  /**
   * Trusts HTTPS servers whose certificates chain to the certificates in this PEM file (e.g. the
   * simulator's CA, {@code momo-sim ca-cert --out FILE}) instead of the JVM's default trust.
   * Default: the JVM's default trust, which {@code -Djavax.net.ssl.trustStore} also sets.
   */
  public MomoClientBuilder trustedCertificates(Path pemFile) {
    Objects.requireNonNull(pemFile, "trusted certificates file");
    if (!Files.isReadable(pemFile)) {
      throw new IllegalArgumentException(
          "trusted certificates file " + pemFile + " does not exist or cannot be read");
    }
    this.trustedCertificates = pemFile;
    return this;
  }

  /** The immutable settings as they stand. */
  public MomoConfig config() {
    return new MomoConfig(
        baseUrl,
        targetEnvironment,
        credentials,
        callbackUrl,
        connectTimeout,
        requestTimeout,
        retryPolicy,
        pollingPolicy,
        tokenRefreshLeeway,
        clock,
        proxy,
        trustedCertificates);
  }

  /** A client with these settings. */
  public MomoClient build() {
    MomoConfig config = config();
    return vertx != null
        ? new MomoClient(config, vertx, false)
        : new MomoClient(config, Vertx.vertx(), true);
  }

  private static Duration positive(Duration value, String what) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive, got " + value);
    }
    return value;
  }
}

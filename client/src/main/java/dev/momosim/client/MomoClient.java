package dev.momosim.client;

import dev.momosim.client.collections.Collections;
import dev.momosim.client.disbursements.Disbursements;
import dev.momosim.client.exception.MomoException;
import dev.momosim.client.exception.MomoTransportException;
import dev.momosim.client.internal.ApiChannel;
import dev.momosim.client.internal.ClientLifecycle;
import dev.momosim.client.internal.CollectionsImpl;
import dev.momosim.client.internal.DisbursementsImpl;
import dev.momosim.client.internal.HttpTransport;
import dev.momosim.client.internal.ProductEndpoints;
import dev.momosim.client.internal.ProvisioningImpl;
import dev.momosim.client.internal.RemittancesImpl;
import dev.momosim.client.internal.RetryExecutor;
import dev.momosim.client.internal.TokenManager;
import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.product.Product;
import dev.momosim.client.product.ProductOperations;
import dev.momosim.client.provisioning.Provisioning;
import dev.momosim.client.remittances.Remittances;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.EnumMap;
import java.util.Map;

/**
 * A client for MTN's MoMo Open API: {@link #collections()}, {@link #disbursements()}, {@link
 * #remittances()} and sandbox {@link #provisioning(String)}.
 *
 * <pre>{@code
 * MomoClient momo = MomoClient.builder()
 *         .baseUrl("http://localhost:8080")
 *         .credentials(Product.COLLECTION, "0c011ec7000000000000000000000001", apiUser, apiKey)
 *         .build();
 * momo.collections().requestToPay(RequestToPay.of("100", "EUR", Party.msisdn("46733123450")))
 *         .compose(ref -> momo.collections().awaitFinal(ref, Duration.ofMinutes(2)));
 * }</pre>
 *
 * <p>Thread-safe: build one per application and share it. Each product has one channel (its
 * subscription key, token manager and the shared HTTP client). Every remote call returns a Vert.x
 * {@code Future} at once; a failed one carries a {@link MomoException}. Call {@link #close()} when
 * done.
 */
public final class MomoClient {

  private final MomoConfig config;
  private final Vertx vertx;
  private final boolean ownsVertx;
  private final HttpTransport transport;
  private final RetryExecutor retry;
  private final ClientLifecycle lifecycle;
  private final Map<Product, ProductEndpoints> products = new EnumMap<>(Product.class);

  MomoClient(MomoConfig config, Vertx vertx, boolean ownsVertx) {
    this.config = config;
    this.vertx = vertx;
    this.ownsVertx = ownsVertx;
    this.transport =
        new HttpTransport(
            vertx,
            config.baseUrl(),
            config.connectTimeout(),
            config.requestTimeout(),
            config.proxy(),
            config.trustedCertificates());
    this.lifecycle = new ClientLifecycle(vertx);
    this.retry = new RetryExecutor(lifecycle, config.retryPolicy());
    config
        .credentials()
        .forEach((product, credentials) -> products.put(product, endpoints(product, credentials)));
  }

  /**
   * A builder with every default: MTN's sandbox, target environment {@code sandbox}, no
   * credentials.
   */
  public static MomoClientBuilder builder() {
    return new MomoClientBuilder();
  }

  /** A client configured from the process environment; see {@link EnvironmentConfig}. */
  public static MomoClient fromEnvironment() {
    return EnvironmentConfig.fromSystemEnvironment().build();
  }

  /** A client configured from the given variables; see {@link EnvironmentConfig}. */
  public static MomoClient fromEnvironment(Map<String, String> environment) {
    return EnvironmentConfig.builder(environment).build();
  }

  /** The settings of this client. */
  public MomoConfig config() {
    return config;
  }

  /** The Vert.x instance the client runs on (its own, or the caller's). */
  public Vertx vertx() {
    return vertx;
  }

  /**
   * The Collection product; fails with IllegalStateException when its credentials are not
   * configured.
   */
  public Collections collections() {
    return (Collections) require(Product.COLLECTION);
  }

  /**
   * The Disbursement product; fails with IllegalStateException when its credentials are not
   * configured.
   */
  public Disbursements disbursements() {
    return (Disbursements) require(Product.DISBURSEMENT);
  }

  /**
   * The Remittance product; fails with IllegalStateException when its credentials are not
   * configured.
   */
  public Remittances remittances() {
    return (Remittances) require(Product.REMITTANCE);
  }

  /** The operations common to all products, for code that takes the product as a parameter. */
  public ProductOperations product(Product product) {
    return require(product);
  }

  /** The sandbox provisioning API, authorised by the given product subscription key. */
  public Provisioning provisioning(String subscriptionKey) {
    if (subscriptionKey == null || subscriptionKey.isBlank()) {
      throw new IllegalArgumentException("subscription key must not be blank");
    }
    return new ProvisioningImpl(
        new ApiChannel("", subscriptionKey, config.targetEnvironment(), null, transport, retry));
  }

  /**
   * Releases the HTTP client and, when the client created it, its Vert.x instance. Idempotent.
   * Every call not yet complete, including awaits and calls waiting to retry, has failed with a
   * {@link MomoTransportException} "client closed" by the time the returned future completes; so
   * does every call made afterwards.
   */
  public Future<Void> close() {
    if (!lifecycle.close()) {
      return Future.succeededFuture();
    }
    // The HTTP client's sockets are closed before an owned Vert.x is, and before close() completes.
    Future<Void> httpClosed = transport.close().recover(ignored -> Future.succeededFuture());
    return ownsVertx ? httpClosed.compose(done -> vertx.close()) : httpClosed;
  }

  private ProductEndpoints require(Product product) {
    ProductEndpoints endpoints = products.get(product);
    if (endpoints == null) {
      String name = product.environmentName();
      throw new IllegalStateException(
          product.name().toLowerCase(java.util.Locale.ROOT)
              + " credentials are not configured: set MOMO_"
              + name
              + "_SUBSCRIPTION_KEY, MOMO_"
              + name
              + "_API_USER and MOMO_"
              + name
              + "_API_KEY, or call builder().credentials(Product."
              + name
              + ", ...)");
    }
    return endpoints;
  }

  private ProductEndpoints endpoints(Product product, ProductCredentials credentials) {
    TokenManager tokens =
        new TokenManager(
            product,
            credentials,
            transport,
            config.targetEnvironment(),
            config.clock(),
            config.tokenRefreshLeeway());
    ApiChannel channel =
        new ApiChannel(
            product.pathPrefix(),
            credentials.subscriptionKey(),
            config.targetEnvironment(),
            tokens,
            transport,
            retry);
    return switch (product) {
      case COLLECTION ->
          new CollectionsImpl(channel, vertx, config.pollingPolicy(), config.callbackUrl());
      case DISBURSEMENT ->
          new DisbursementsImpl(channel, vertx, config.pollingPolicy(), config.callbackUrl());
      case REMITTANCE ->
          new RemittancesImpl(channel, vertx, config.pollingPolicy(), config.callbackUrl());
    };
  }
}

package dev.momosim.client;

import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.model.RetryPolicy;
import dev.momosim.client.product.Product;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable settings of a {@link MomoClient}, built by {@link MomoClientBuilder}. Thread-safe.
 * {@link #toString()} shows no secret.
 *
 * @param baseUrl the API root without trailing slash, e.g. {@code
 *     https://sandbox.momodeveloper.mtn.com}
 * @param targetEnvironment the {@code X-Target-Environment}, e.g. {@code sandbox} or {@code
 *     mtnuganda}
 * @param credentials the credentials of each configured product
 * @param callbackUrl the default {@code X-Callback-Url}, or {@code null} for none
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer
 * @param retryPolicy how transient failures are retried
 * @param pollingPolicy how the await helpers poll
 * @param tokenRefreshLeeway how long before its expiry a token is replaced
 * @param clock the clock token expiry is measured on
 * @param proxy the HTTP proxy every request goes through ({@code CONNECT} for HTTPS), or {@code
 *     null} for none
 * @param trustedCertificates a PEM file of the certificates HTTPS servers are trusted by, or {@code
 *     null} for the JVM's default trust ({@code -Djavax.net.ssl.trustStore})
 */
public record MomoConfig(
    String baseUrl,
    String targetEnvironment,
    Map<Product, ProductCredentials> credentials,
    String callbackUrl,
    Duration connectTimeout,
    Duration requestTimeout,
    RetryPolicy retryPolicy,
    PollingPolicy pollingPolicy,
    Duration tokenRefreshLeeway,
    Clock clock,
    InetSocketAddress proxy,
    Path trustedCertificates) {

  public MomoConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(targetEnvironment, "targetEnvironment");
    credentials =
        Collections.unmodifiableMap(
            credentials.isEmpty() ? new EnumMap<>(Product.class) : new EnumMap<>(credentials));
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(pollingPolicy, "pollingPolicy");
    Objects.requireNonNull(tokenRefreshLeeway, "tokenRefreshLeeway");
    Objects.requireNonNull(clock, "clock");
  }

  /** The credentials of one product, if configured. */
  public Optional<ProductCredentials> credentialsFor(Product product) {
    return Optional.ofNullable(credentials.get(product));
  }
}

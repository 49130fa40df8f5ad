package dev.momosim.testcontainers;

import dev.momosim.client.MomoClient;
import dev.momosim.client.MomoClientBuilder;
import dev.momosim.client.model.ProductCredentials;
import dev.momosim.client.product.Product;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.control.HttpSimulatorControl;
import dev.momosim.simulator.control.TenantUser;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One tenant of a {@link MomoSimContainer} (docs/tenants.md): its own API users, rules, clock,
 * approval mode, payments and journals, so test classes sharing one container never see each
 * other's. {@link #close()} deletes it.
 *
 * <pre>{@code
 * try (MomoSimTenant tenant = sim.newTenant()) {
 *   MomoClient momo = tenant.clientBuilder().build();
 *   tenant.control().setApprovalMode(ApprovalMode.MANUAL) ...
 * }
 * }</pre>
 */
public final class MomoSimTenant implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final MomoSimContainer container;
  private final String id;
  private final HttpSimulatorControl control;
  private final Map<Product, ProductCredentials> credentials = new EnumMap<>(Product.class);
  private final AtomicBoolean closed = new AtomicBoolean();

  MomoSimTenant(MomoSimContainer container, String id) {
    this.container = container;
    this.id = id;
    this.control = container.control().forTenant(id);
    await(control.createTenant(id), "make tenant " + id);
  }

  public String id() {
    return id;
  }

  /**
   * The control client driving this tenant only. It shares the container's connections: do not
   * close it (the container closes them when it stops).
   */
  public HttpSimulatorControl control() {
    return control;
  }

  /**
   * The credentials of an API user provisioned into this tenant for the product (made on first use)
   * with the product's primary subscription key.
   */
  public synchronized ProductCredentials credentials(Product product) {
    Objects.requireNonNull(product, "product");
    return credentials.computeIfAbsent(
        product,
        wanted -> {
          TenantUser user =
              await(
                  control.provisionUser(wanted.name().toLowerCase(Locale.ROOT), "localhost"),
                  "provision a user into tenant " + id);
          String key =
              SimulatorConfig.defaults()
                  .subscriptionKeys(dev.momosim.simulator.domain.Product.valueOf(wanted.name()))
                  .get(0);
          return new ProductCredentials(key, user.apiUser(), user.apiKey());
        });
  }

  /** A MoMo client builder pointed at the container with this tenant's users for every product. */
  public MomoClientBuilder clientBuilder() {
    MomoClientBuilder builder = MomoClient.builder().baseUrl(container.getBaseUrl());
    for (Product product : Product.values()) {
      builder.credentials(product, credentials(product));
    }
    return builder;
  }

  /** Deletes the tenant, all its state and its API users; closing again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      await(container.control().deleteTenant(id), "delete tenant " + id);
    }
  }

  private static <T> T await(Future<T> future, String what) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "could not " + what + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("could not " + what + " within " + WAIT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while trying to " + what, e);
    }
  }
}

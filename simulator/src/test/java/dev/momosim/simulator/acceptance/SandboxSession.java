package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.control.SimulatorControl;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.awaitility.Awaitility;

/**
 * The sandbox steps every acceptance test needs, against the simulator that {@code
 * MomoSimulatorTest} runs for the test class: provision an API user, create its key, get a token,
 * call a product. One per test instance, made in the constructor from the injected {@link
 * MomoSimulator} and closed by {@code @AutoClose}; the simulator itself belongs to the extension.
 * Its clients run on a Vert.x instance of its own, started on first use. All waiting happens on the
 * JUnit thread, never on an event loop.
 */
final class SandboxSession implements AutoCloseable {
  static final String CALLBACK_HOST = "localhost";
  static final String SANDBOX = "sandbox";

  /** How long a test waits for an answer or for something to happen before it fails. */
  static final Duration DEADLINE = Duration.ofSeconds(10);

  private final MomoSimulator simulator;
  private Vertx vertx;
  private WebClient client;

  SandboxSession(MomoSimulator simulator) {
    this.simulator = simulator;
  }

  /** The Vert.x instance of this session's clients, for receivers and raw connections too. */
  Vertx vertx() {
    if (vertx == null) {
      vertx = Vertx.vertx();
      client =
          WebClient.create(
              vertx,
              new WebClientOptions().setUserAgentEnabled(false).setFollowRedirects(false),
              new PoolOptions().setHttp1MaxSize(32));
    }
    return vertx;
  }

  /** Closes the clients, and whatever else runs on {@link #vertx()}; the simulator runs on. */
  @Override
  public void close() {
    if (vertx != null) {
      await(vertx.close());
      vertx = null;
    }
  }

  int port() {
    return simulator.port();
  }

  MomoSimulator simulator() {
    return simulator;
  }

  SimulatorControl control() {
    return simulator.control();
  }

  Instant advance(Duration by) {
    return await(control().advanceClock(by));
  }

  Instant freezeClock() {
    return await(control().freezeClock());
  }

  HttpCall call(HttpMethod method, String path) {
    vertx();
    return new HttpCall(client, simulator.port(), method, path);
  }

  HttpCall get(String path) {
    return call(HttpMethod.GET, path);
  }

  HttpCall post(String path) {
    return call(HttpMethod.POST, path);
  }

  // ---- provisioning (§3) ------------------------------------------------------------------

  HttpCall createUserCall(String subscriptionKey, String referenceId, String callbackHost) {
    return post("/v1_0/apiuser")
        .header("Ocp-Apim-Subscription-Key", subscriptionKey)
        .header("X-Reference-Id", referenceId)
        .json(new JsonObject().put("providerCallbackHost", callbackHost));
  }

  HttpCall createKeyCall(String subscriptionKey, String userId) {
    return post("/v1_0/apiuser/" + userId + "/apikey")
        .header("Ocp-Apim-Subscription-Key", subscriptionKey);
  }

  /**
   * Provisions a user with the given key and callback host and creates its API key; asserts 201s.
   */
  ApiUser provision(String subscriptionKey, String callbackHost) {
    String id = newReference();
    Reply created = createUserCall(subscriptionKey, id, callbackHost).send();
    assertThat(created.status()).as("create API user: %s", created).isEqualTo(201);
    Reply key = createKeyCall(subscriptionKey, id).send();
    assertThat(key.status()).as("create API key: %s", key).isEqualTo(201);
    return new ApiUser(id, key.json().getString("apiKey"));
  }

  ApiUser provision(Product product) {
    return provision(product.primaryKey, CALLBACK_HOST);
  }

  // ---- tokens (§4) ------------------------------------------------------------------------

  HttpCall tokenCall(Product product, String subscriptionKey, String authorization) {
    return post(product.tokenPath())
        .header("Ocp-Apim-Subscription-Key", subscriptionKey)
        .header("Authorization", authorization);
  }

  String token(Product product, ApiUser user) {
    Reply reply = tokenCall(product, product.primaryKey, user.basic()).send();
    assertThat(reply.status()).as("token: %s", reply).isEqualTo(200);
    return reply.json().getString("access_token");
  }

  /**
   * A user provisioned with the product's own primary key, holding a fresh token for that product.
   */
  ProductApi api(Product product) {
    ApiUser user = provision(product);
    return new ProductApi(this, product, product.primaryKey, token(product, user), user);
  }

  /** A user provisioned into {@code tenant} (docs/tenants.md), holding a fresh token. */
  ProductApi api(Product product, String tenant) {
    String id = newReference();
    Reply created =
        createUserCall(product.primaryKey, id, CALLBACK_HOST)
            .header("X-Momo-Sim-Tenant", tenant)
            .send();
    assertThat(created.status()).as("create API user in %s: %s", tenant, created).isEqualTo(201);
    Reply key = createKeyCall(product.primaryKey, id).send();
    assertThat(key.status()).as("create API key: %s", key).isEqualTo(201);
    return api(product, new ApiUser(id, key.json().getString("apiKey")));
  }

  ProductApi api(Product product, ApiUser user) {
    return new ProductApi(this, product, product.primaryKey, token(product, user), user);
  }

  // ---- helpers ----------------------------------------------------------------------------

  static String newReference() {
    return UUID.randomUUID().toString();
  }

  static String basic(String user, String secret) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Waits on the JUnit thread for a Vert.x future, at most {@link #DEADLINE}; rethrows its failure.
   */
  static <T> T await(Future<T> future) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (ExecutionException e) {
      throw new AssertionError("future failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("no answer within " + DEADLINE, e);
    }
  }

  /**
   * Polls on the JUnit thread until the probe answers (not null), at most {@link #DEADLINE};
   * returns the answer.
   */
  static <T> T until(Supplier<T> probe, String what) {
    return Awaitility.await(what)
        .atMost(DEADLINE)
        .pollInterval(Duration.ofMillis(5))
        .until(probe::get, Objects::nonNull);
  }

  record ApiUser(String id, String apiKey) {
    String basic() {
      return SandboxSession.basic(id, apiKey);
    }
  }
}

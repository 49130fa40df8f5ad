package dev.momosim.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.model.ContainerConfig;
import dev.momosim.client.MomoClient;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.client.product.Product;
import dev.momosim.simulator.behaviour.ApprovalMode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** MomoSimContainer against a real container engine and the image bin/build-image built. */
class MomoSimContainerTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String PAYER = "256772000001";

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class ByDefault {
    private MomoSimContainer sim;
    private MomoClient momo;

    @BeforeAll
    void start() {
      ContainerEngine.assumeReady();
      sim = new MomoSimContainer();
      sim.start();
      momo = sim.clientBuilder().build();
    }

    @AfterAll
    void stop() {
      if (momo != null) {
        join(momo.close());
      }
      if (sim != null) {
        sim.stop();
      }
    }

    @Test
    void answersTheMomoApiWithTheReadyClientSettings() {
      String ref = join(momo.collections().requestToPay(RequestToPay.of("50", "EUR", payer())));
      Transaction paid = join(momo.collections().awaitFinal(ref, PATIENCE));

      assertThat(paid.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
      assertThat(paid.amount()).isEqualTo("50");
    }

    @Test
    void twoTenantsOfOneContainerNeverSeeEachOthersRulesModeOrClock() {
      try (MomoSimTenant first = sim.newTenant();
          MomoSimTenant second = sim.newTenant()) {
        MomoClient firstClient = first.clientBuilder().build();
        MomoClient secondClient = second.clientBuilder().build();
        try {
          join(first.control().setApprovalMode(ApprovalMode.MANUAL));
          java.time.Instant secondBefore = join(second.control().now());
          join(first.control().advanceClock(Duration.ofDays(2)));

          String pending =
              join(firstClient.collections().requestToPay(RequestToPay.of("5", "EUR", payer())));
          String paid =
              join(secondClient.collections().requestToPay(RequestToPay.of("5", "EUR", payer())));

          assertThat(join(firstClient.collections().status(pending)).status())
              .isEqualTo(TransactionStatus.PENDING);
          assertThat(join(secondClient.collections().awaitFinal(paid, PATIENCE)).status())
              .isEqualTo(TransactionStatus.SUCCESSFUL);
          assertThat(join(second.control().approvalMode())).isEqualTo(ApprovalMode.AUTO);
          assertThat(join(sim.control().approvalMode())).isEqualTo(ApprovalMode.AUTO);
          assertThat(join(second.control().now())).isBefore(secondBefore.plus(Duration.ofDays(1)));
          assertThat(join(first.control().now())).isAfter(secondBefore.plus(Duration.ofDays(2)));
          Throwable refused =
              join(second.control().approve(pending).transform(Future::succeededFuture)).cause();
          assertThat(refused)
              .isInstanceOfSatisfying(
                  dev.momosim.simulator.control.ControlException.class,
                  e -> assertThat(e.status()).isEqualTo(404));
        } finally {
          join(firstClient.close());
          join(secondClient.close());
        }
      }
      assertThat(join(sim.control().tenants()))
          .extracting(dev.momosim.simulator.control.TenantView::id)
          .containsExactly("default");
    }

    @Test
    void runsTheImageOfThisVersionAsANonRootUserWithItsLabels() {
      ContainerConfig image = ContainerEngine.imageConfig(sim.getDockerImageName());

      assertThat(sim.getDockerImageName()).isEqualTo("momo-sim:" + ModuleVersion.get());
      assertThat(image.getLabels())
          .containsEntry("org.opencontainers.image.version", ModuleVersion.get())
          .containsEntry("org.opencontainers.image.title", "momo-sim")
          .containsKeys("org.opencontainers.image.source", "org.opencontainers.image.licenses");
      assertThat(image.getLabels().get("org.opencontainers.image.source"))
          .as("a URL a reader can open, without credentials, or unknown")
          .matches("unknown|https?://[^@\\s]+");
      assertThat(image.getUser()).isEqualTo("10001:10001");
      assertThat(sim.getContainerInfo().getConfig().getUser()).isEqualTo("10001:10001");
    }

    @Test
    void theControlApiNeedsTheAdminTokenWhichTheControlClientSends() throws Exception {
      assertThat(get("/_sim/clock").statusCode()).isEqualTo(401);
      assertThat(get("/_sim/health").statusCode()).isEqualTo(200);

      assertThat(join(sim.control().setApprovalMode(ApprovalMode.MANUAL)))
          .isEqualTo(ApprovalMode.MANUAL);
      assertThat(join(sim.control().setApprovalMode(ApprovalMode.AUTO)))
          .isEqualTo(ApprovalMode.AUTO);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(sim.getBaseUrl() + path)).build(),
              HttpResponse.BodyHandlers.ofString());
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Configured {
    private static final String REJECTED_PAYER = "256779999999";
    private final String apiUser = UUID.randomUUID().toString();
    private final String apiKey = "0123456789abcdef0123456789abcdef";
    private MomoSimContainer sim;
    private MomoClient momo;

    @BeforeAll
    void start() {
      ContainerEngine.assumeReady();
      sim =
          new MomoSimContainer()
              .withApprovalMode(ApprovalMode.MANUAL)
              .withRules(
                  "{\"name\": \"one payer rejects\", \"match\": {\"partyIdPrefix\": \""
                      + REJECTED_PAYER
                      + "\"}, \"outcome\": {\"status\": \"FAILED\", \"reason\":"
                      + " \"APPROVAL_REJECTED\"}}")
              .withConfig("{\"approval\": {\"windowSeconds\": 600}}")
              .withPresetUser(Product.COLLECTION, apiUser, apiKey);
      sim.start();
      momo = sim.clientBuilder().build();
    }

    @AfterAll
    void stop() {
      if (momo != null) {
        join(momo.close());
      }
      if (sim != null) {
        sim.stop();
      }
    }

    @Test
    void aPaymentWaitsForTheApprovalTheControlClientGives() {
      String ref = join(momo.collections().requestToPay(RequestToPay.of("70", "EUR", payer())));

      assertThat(join(momo.collections().status(ref)).status())
          .isEqualTo(TransactionStatus.PENDING);
      assertThat(join(sim.control().approve(ref)).status()).isEqualTo("SUCCESSFUL");
      assertThat(join(momo.collections().status(ref)).status())
          .isEqualTo(TransactionStatus.SUCCESSFUL);
    }

    @Test
    void theRulesGivenDecideBeforeTheApprovalMode() {
      String ref =
          join(
              momo.collections()
                  .requestToPay(RequestToPay.of("70", "EUR", Party.msisdn(REJECTED_PAYER))));
      Transaction failed = join(momo.collections().awaitFinal(ref, PATIENCE));

      assertThat(failed.status()).isEqualTo(TransactionStatus.FAILED);
      assertThat(failed.reason().code()).isEqualTo("APPROVAL_REJECTED");
    }

    @Test
    void theAddedPresetUserGetsTokensBesideTheDefaultOnes() {
      MomoClient asAdded =
          sim.clientBuilder()
              .credentials(
                  Product.COLLECTION,
                  sim.credentials(Product.COLLECTION).subscriptionKey(),
                  apiUser,
                  apiKey)
              .build();
      try {
        assertThat(join(asAdded.collections().balance()).currency()).isEqualTo("EUR");
      } finally {
        join(asAdded.close());
      }
      assertThat(join(momo.collections().balance()).currency()).isEqualTo("EUR");
    }

    @Test
    void theConfigurationGivenIsTheOneServed() {
      assertThat(sim.settings().getJsonObject("approval").getInteger("windowSeconds"))
          .isEqualTo(600);
      assertThat(join(sim.control().approvalMode())).isEqualTo(ApprovalMode.MANUAL);
      assertThat(join(sim.control().rules()))
          .extracting(rule -> rule.name())
          .startsWith("one payer rejects")
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void keepsItsStateInTheDataDirectoryAcrossContainers(@TempDir Path data) {
    ContainerEngine.assumeReady();
    String ref;
    try (MomoSimContainer first = new MomoSimContainer().withDataDir(data)) {
      first.start();
      MomoClient momo = first.clientBuilder().build();
      ref = join(momo.collections().requestToPay(RequestToPay.of("33", "EUR", payer())));
      assertThat(join(momo.collections().awaitFinal(ref, PATIENCE)).status())
          .isEqualTo(TransactionStatus.SUCCESSFUL);
      join(momo.close());
    }
    assertThat(data).isNotEmptyDirectory();

    try (MomoSimContainer second = new MomoSimContainer().withDataDir(data)) {
      second.start();
      MomoClient momo = second.clientBuilder().build();
      Transaction kept = join(momo.collections().status(ref));
      join(momo.close());
      assertThat(kept.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
      assertThat(kept.amount()).isEqualTo("33");
    }
  }

  @Test
  void onTheHostNetworkItsCallbacksReachTheTestsOwnReceiver() {
    ContainerEngine.assumeReady();
    Vertx vertx = Vertx.vertx();
    List<String> received = new CopyOnWriteArrayList<>();
    try (MomoSimContainer sim = new MomoSimContainer().withHostNetwork()) {
      HttpServer receiver =
          join(
              vertx
                  .createHttpServer()
                  .requestHandler(
                      request ->
                          request
                              .body()
                              .onSuccess(
                                  body ->
                                      received.add(
                                          request.method() + " " + request.uri() + " " + body))
                              .onComplete(done -> request.response().setStatusCode(200).end()))
                  .listen(0, "127.0.0.1"));
      sim.start();
      assertThat(sim.getBaseUrl()).startsWith("http://127.0.0.1:");
      MomoClient momo = sim.clientBuilder().build();
      try {
        String ref = UUID.randomUUID().toString();
        join(
            momo.collections()
                .requestToPay(
                    RequestToPay.of("44", "EUR", payer()),
                    CreateOptions.defaults()
                        .withReferenceId(ref)
                        .withCallbackUrl(
                            sim.callbackUrl(receiver.actualPort(), "/momo/callbacks/" + ref))));

        await()
            .atMost(PATIENCE)
            .untilAsserted(
                () ->
                    assertThat(received)
                        .singleElement()
                        .asString()
                        .startsWith("PUT /momo/callbacks/" + ref + " ")
                        .contains("SUCCESSFUL"));
      } finally {
        join(momo.close());
      }
    } finally {
      join(vertx.close());
    }
  }

  @Test
  void refusesWhatItCannotRunWithAClearMessage(@TempDir Path somewhere) throws IOException {
    MomoSimContainer sim = new MomoSimContainer();

    assertThatThrownBy(() -> sim.withConfig("not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("withConfig: not a JSON object");
    assertThatThrownBy(() -> sim.withConfig("[1]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("withConfig: not a JSON object");
    assertThatThrownBy(() -> sim.withRules("{oops"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("withRules: not a JSON rule");
    Path file = Files.writeString(somewhere.resolve("file"), "x");
    assertThatThrownBy(() -> sim.withDataDir(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a directory");
    assertThatThrownBy(() -> sim.callbackUrl(9000, "/cb"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withHostNetwork()");
    assertThatThrownBy(sim::control)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start() it first");
  }

  @Test
  void theDefaultImageIsTaggedWithThisJarsVersion() {
    assertThat(MomoSimContainer.defaultImage().getRepository()).isEqualTo("momo-sim");
    assertThat(MomoSimContainer.defaultImage().getVersionPart())
        .isEqualTo(ModuleVersion.get())
        .isNotBlank()
        .doesNotContain("${");
  }

  private static Party payer() {
    return Party.msisdn(PAYER);
  }

  private static <T> T join(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(90, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the call did not succeed: " + e, e);
    }
  }
}

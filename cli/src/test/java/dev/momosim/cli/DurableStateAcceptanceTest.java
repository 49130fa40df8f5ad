package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.control.AccountPage;
import dev.momosim.simulator.control.AccountView;
import dev.momosim.simulator.control.HttpSimulatorControl;
import dev.momosim.simulator.control.Page;
import dev.momosim.simulator.control.Paging;
import dev.momosim.simulator.control.TransactionFilter;
import dev.momosim.simulator.control.TransactionView;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: {@code momo-sim serve --data-dir DIR} in its own JVM, killed with SIGKILL and started
 * again on the same directory, is in the state it acknowledged: the outside check of the issue, and
 * random kills under a concurrent load of payments, decisions and balance changes.
 */
class DurableStateAcceptanceTest {
  private static final Pattern LISTENING =
      Pattern.compile("^momo-sim listening on (http://[0-9.]+:\\d+)$");
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final String MANUAL_PAYER = "256771111111";

  private final Vertx vertx = Vertx.vertx();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(DEADLINE).build();

  @AfterEach
  void closeVertx() {
    SandboxCalls.await(vertx.close());
  }

  @Test
  void afterKillDashNineEverythingAcknowledgedIsBackAndAnExportSeedsAFreshSimulator(
      @TempDir Path tmp) throws Exception {
    Path dataDir = tmp.resolve("data");
    String oldToken;
    String provisionedUser;
    String provisionedKey;
    String reused;
    byte[] before;
    try (SpawnedCommand serve = serve("--data-dir", dataDir.toString())) {
      String url = baseUrl(serve);
      SandboxCalls api = new SandboxCalls(url);
      HttpSimulatorControl control = new HttpSimulatorControl(vertx, url);
      provisionedUser = UUID.randomUUID().toString();
      provisionedKey = provision(url, provisionedUser);
      SandboxCalls.await(control.setBalance("MSISDN:256770000009", new BigDecimal("12.34")));
      SandboxCalls.await(
          control.addRules(
              new JsonArray()
                  .add(
                      new JsonObject()
                          .put("name", "two declines")
                          .put("times", 2)
                          .put("match", new JsonObject().put("partyId", "256772222222"))
                          .put("outcome", new JsonObject().put("status", "FAILED")))));
      SandboxCalls.await(control.advanceClock(Duration.ofHours(1)));
      List<String> references = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        references.add(
            api.requestToPay(i % 10 == 0 ? "256772222222" : "25677000" + (1000 + i), null));
      }
      SandboxCalls.await(
          control.setApprovalMode(dev.momosim.simulator.behaviour.ApprovalMode.MANUAL));
      String manual = api.requestToPay(MANUAL_PAYER, null);
      reused = references.get(7);
      oldToken = api.token();
      SandboxCalls.await(control.freezeClock()); // so both exports show the same instant
      before = SandboxCalls.await(control.exportState());
      assertThat(api.status(manual).getString("status")).isEqualTo("PENDING");

      serve.kill();
    }

    try (SpawnedCommand again = serve("--data-dir", dataDir.toString())) {
      String url = baseUrl(again);
      HttpSimulatorControl control = new HttpSimulatorControl(vertx, url);
      byte[] after = SandboxCalls.await(control.exportState());

      assertThat(new JsonObject(new String(after, StandardCharsets.UTF_8)))
          .as("statuses, balances, rules and uses, approval mode, clock, pending expiry")
          .isEqualTo(new JsonObject(new String(before, StandardCharsets.UTF_8)));
      SandboxCalls api = new SandboxCalls(url);
      api.useToken(oldToken);
      assertThat(api.statusCode(reused)).as("an old token still works").isEqualTo(200);
      assertThat(tokenStatus(url, provisionedUser, provisionedKey))
          .as("an old API key still works")
          .isEqualTo(200);
      assertThat(api.answer(api.requestToPayRequest("256770000001", reused, null)).statusCode())
          .as("a reused reference id is still a conflict")
          .isEqualTo(409);

      Path exported = tmp.resolve("exported.json");
      Cli.Result export = Cli.runExactly("state", "export", exported.toString(), "--sim-url", url);
      assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCodes.OK);
      try (SpawnedCommand seeded = serve("--state", exported.toString())) {
        byte[] seededState =
            SandboxCalls.await(new HttpSimulatorControl(vertx, baseUrl(seeded)).exportState());
        assertThat(new JsonObject(new String(seededState, StandardCharsets.UTF_8)))
            .as("a fresh simulator started with --state holds the exported state")
            .isEqualTo(new JsonObject(Files.readString(exported)));
      }
    }
  }

  @Test
  void randomKillsUnderConcurrentLoadLoseNothingAcknowledgedAndHalfApplyNothing(@TempDir Path tmp)
      throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Path dataDir = tmp.resolve("data");
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Map<String, String> decided = new ConcurrentHashMap<>();
    Map<String, BigDecimal> lastSet = new ConcurrentHashMap<>();
    Map<String, BigDecimal> inFlightSet = new ConcurrentHashMap<>();
    Path config =
        Files.writeString(
            tmp.resolve("config.json"),
            """
            {"rules": [{"match": {"partyIdPrefix": "2567755"}, "outcome": {"manual": true}}]}""");
    for (int round = 0; round < 3; round++) {
      try (SpawnedCommand serve =
          serve("--data-dir", dataDir.toString(), "--config", config.toString())) {
        String url = baseUrl(serve);
        Load load = new Load(url, acknowledged, decided, lastSet, inFlightSet, round);
        load.start();
        load.awaitAcknowledged(50 + random.nextInt(200));
        serve.kill();
        load.stop();
      }
      try (SpawnedCommand again =
          serve("--data-dir", dataDir.toString(), "--config", config.toString())) {
        String url = baseUrl(again);
        String context = "seed " + seed + ", round " + round;
        SandboxCalls api = new SandboxCalls(url);
        for (String reference : acknowledged) {
          String status = api.status(reference).getString("status");
          String decision = decided.get(reference);
          if (decision != null) {
            assertThat(status)
                .as("%s: the acknowledged decision of %s is kept", context, reference)
                .isEqualTo(decision);
          } else {
            assertThat(status)
                .as("%s: acknowledged payment %s is kept", context, reference)
                .isIn("SUCCESSFUL", "FAILED", "PENDING");
          }
        }
        HttpSimulatorControl control = new HttpSimulatorControl(vertx, url);
        AccountPage accounts = SandboxCalls.await(control.accountPage(Paging.FIRST));
        assertThat(accounts.hasNext()).isFalse();
        BigDecimal moved =
            accounts.accounts().stream()
                .map(account -> account.balance().subtract(account.opening()))
                .reduce(accounts.forgottenNet(), BigDecimal::add);
        assertThat(moved)
            .as("%s: money only moved, none appeared or vanished", context)
            .isEqualByComparingTo("0");
        for (AccountView account : accounts.accounts()) {
          String payer = account.account().substring(account.account().indexOf(':') + 1);
          if (payer.startsWith("2567733") || payer.startsWith("2567755")) {
            Page<TransactionView> successful =
                SandboxCalls.await(
                    control.transactionPage(
                        new TransactionFilter(
                            "SUCCESSFUL", null, payer, TransactionFilter.MAX_LIMIT)));
            assertThat(successful.next()).isNull();
            assertThat(account.opening().subtract(account.balance()))
                .as(
                    "%s: %s paid exactly for its successful payments, no more, no less",
                    context, account.account())
                .isEqualByComparingTo(
                    new BigDecimal(100).multiply(BigDecimal.valueOf(successful.items().size())));
          }
          BigDecimal set = lastSet.get(account.account());
          if (set != null) {
            assertThat(account.balance())
                .as(
                    "%s: %s holds its last acknowledged balance, or the one in flight",
                    context, account.account())
                .isIn(set, inFlightSet.getOrDefault(account.account(), set));
            lastSet.put(account.account(), account.balance()); // what the next round starts from
            inFlightSet.remove(account.account());
          }
        }
      }
    }
    assertThat(acknowledged).as("the load did run").hasSizeGreaterThan(100);
  }

  /** Payments and balance changes from several threads until stopped; what was acknowledged. */
  private final class Load {
    private final String url;
    private final Set<String> acknowledged;
    private final Map<String, String> decided;
    private final Map<String, BigDecimal> lastSet;
    private final Map<String, BigDecimal> inFlightSet;
    private final int round;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger count = new AtomicInteger();

    Load(
        String url,
        Set<String> acknowledged,
        Map<String, String> decided,
        Map<String, BigDecimal> lastSet,
        Map<String, BigDecimal> inFlightSet,
        int round) {
      this.url = url;
      this.acknowledged = acknowledged;
      this.decided = decided;
      this.lastSet = lastSet;
      this.inFlightSet = inFlightSet;
      this.round = round;
    }

    void start() {
      SandboxCalls api = new SandboxCalls(url);
      api.token();
      for (int thread = 0; thread < 4; thread++) {
        int payer = thread;
        threads.execute(() -> pay(api, "2567733" + round + payer + "00"));
      }
      for (int thread = 0; thread < 2; thread++) {
        String account = "MSISDN:2567744" + round + thread + "00";
        threads.execute(() -> setBalances(account));
      }
      for (int thread = 0; thread < 2; thread++) {
        String payer = "2567755" + round + thread + "00";
        threads.execute(() -> payAndDecide(api, payer));
      }
    }

    /** A payment a person decides (a rule makes it manual), then its approval or rejection. */
    private void payAndDecide(SandboxCalls api, String payer) {
      for (int i = 0; !stopped.get(); i++) {
        String reference = UUID.randomUUID().toString();
        boolean approve = i % 2 == 0;
        try {
          if (http.send(
                      api.requestToPayRequest(payer, reference, null),
                      HttpResponse.BodyHandlers.discarding())
                  .statusCode()
              != 202) {
            continue;
          }
          acknowledged.add(reference);
          HttpResponse<Void> decision =
              http.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              url
                                  + "/_sim/transactions/"
                                  + reference
                                  + (approve ? "/approve" : "/reject")))
                      .timeout(DEADLINE)
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
          if (decision.statusCode() == 200) {
            decided.put(reference, approve ? "SUCCESSFUL" : "FAILED");
            count.incrementAndGet();
          }
        } catch (Exception e) {
          return;
        }
      }
    }

    private void pay(SandboxCalls api, String payer) {
      while (!stopped.get()) {
        String reference = UUID.randomUUID().toString();
        try {
          HttpResponse<Void> answer =
              http.send(
                  api.requestToPayRequest(payer, reference, null),
                  HttpResponse.BodyHandlers.discarding());
          if (answer.statusCode() == 202) {
            acknowledged.add(reference);
            count.incrementAndGet();
          }
        } catch (Exception e) {
          return; // the simulator is gone
        }
      }
    }

    private void setBalances(String account) {
      for (int i = 1; !stopped.get(); i++) {
        BigDecimal balance = new BigDecimal(i + ".25");
        inFlightSet.put(account, balance);
        try {
          HttpResponse<Void> answer =
              http.send(
                  HttpRequest.newBuilder(URI.create(url + "/_sim/accounts/" + account))
                      .timeout(DEADLINE)
                      .header("Content-Type", "application/json")
                      .PUT(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"balance\":\"" + balance.toPlainString() + "\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
          if (answer.statusCode() == 200) {
            lastSet.put(account, balance);
            count.incrementAndGet();
          }
        } catch (Exception e) {
          return;
        }
      }
    }

    void awaitAcknowledged(int atLeast) {
      org.awaitility.Awaitility.await("the load is under way")
          .atMost(DEADLINE)
          .until(() -> count.get() >= atLeast);
    }

    void stop() throws InterruptedException {
      stopped.set(true);
      threads.shutdown();
      assertThat(threads.awaitTermination(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }
  }

  private static SpawnedCommand serve(String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
    args.addAll(List.of(options));
    return SpawnedCommand.start(args.toArray(String[]::new));
  }

  private static String baseUrl(SpawnedCommand serve) {
    try {
      return serve.awaitStdout(LISTENING).group(1);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; standard error: " + serve.stderrLines(), e);
    }
  }

  /** Provisions an API user with a key, as a developer's code does; returns the key. */
  private String provision(String url, String user) throws Exception {
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(url + "/v1_0/apiuser"))
                .header("X-Reference-Id", user)
                .header("Ocp-Apim-Subscription-Key", SandboxCalls.COLLECTION.subscriptionKey())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"providerCallbackHost\":\"shop.example\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> key =
        http.send(
            HttpRequest.newBuilder(URI.create(url + "/v1_0/apiuser/" + user + "/apikey"))
                .header("Ocp-Apim-Subscription-Key", SandboxCalls.COLLECTION.subscriptionKey())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
    assertThat(tokenStatus(url, user, new JsonObject(key.body()).getString("apiKey")))
        .isEqualTo(200);
    return new JsonObject(key.body()).getString("apiKey");
  }

  private int tokenStatus(String url, String user, String key) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url + "/collection/token/"))
                .header("Ocp-Apim-Subscription-Key", SandboxCalls.COLLECTION.subscriptionKey())
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString((user + ":" + key).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}

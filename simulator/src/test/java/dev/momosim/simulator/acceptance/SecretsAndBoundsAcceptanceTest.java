package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.junit5.SandboxCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SandboxCalls;
import dev.momosim.simulator.junit5.SandboxCredentials;
import dev.momosim.simulator.junit5.SimulatorUrl;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, point 6, from outside: no secret shows in a journal, a listing, the event stream or the
 * log, whatever path it was sent to; every growing listing is paged; wallets are bounded without
 * losing money (docs/journals.md).
 */
@ExtendWith(VertxExtension.class)
@MomoSimulatorTest
class SecretsAndBoundsAcceptanceTest {
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  private CapturedLog log;
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private WebClient web;
  private StringBuffer events;

  @BeforeEach
  void captureLogsAndFollowEvents(Vertx vertx, @SimulatorUrl URI base) {
    log = CapturedLog.start();
    web = WebClient.create(vertx);
    events = follow(vertx, base);
  }

  @AfterEach
  void stop() throws Exception {
    log.close();
    web.close();
    for (AutoCloseable closeable : toClose) {
      closeable.close();
    }
  }

  @Test
  void anApiKeySentToAMistypedTokenPathA404OrAControlPathAppearsNowhere(
      @SimulatorUrl String base, SandboxCredentials credentials) {
    String apiKey = "k3y" + UUID.randomUUID().toString().replace("-", "");
    String secret = "s3c" + UUID.randomUUID().toString().replace("-", "");
    String basic = basic(credentials.collection().apiUserId(), apiKey);
    String form = "grant_type=client_credentials&apiKey=" + apiKey + "&client_secret=" + secret;

    // Refused (the gateway's 401 comes first on a product's paths): what matters is what is kept.
    assertThat(send(HttpMethod.POST, base + "/collection/token", form, basic))
        .isGreaterThanOrEqualTo(400);
    assertThat(send(HttpMethod.POST, base + "/collection/v1_0/nowhere", form, basic))
        .isGreaterThanOrEqualTo(400);
    assertThat(send(HttpMethod.DELETE, base + "/collection/token/", form, basic))
        .isGreaterThanOrEqualTo(400);
    assertThat(
            send(
                HttpMethod.POST,
                base + "/nowhere?api_key=" + apiKey + "&x=1",
                "{\"apiKey\":\"" + apiKey + "\",\"nested\":{\"password\":\"" + secret + "\"}}",
                basic))
        .isEqualTo(404);
    // a form body to the control API is refused before it is read (415, docs/security.md)
    assertThat(send(HttpMethod.POST, base + "/_sim/rules", form, basic)).isEqualTo(415);
    // The request log writes on its own thread: wait for the last line before reading the log.
    eventually(() -> assertThat(log.lines()).anyMatch(line -> line.contains("/_sim/rules")));
    eventually(() -> assertThat(events.toString()).contains("\"path\":\"/nowhere\""));

    String journal = getJson(base + "/_sim/requests").encode();
    assertThat(journal)
        .as("the journal recorded every MoMo path it was sent to")
        .contains(
            "/collection/token\"",
            "/collection/v1_0/nowhere",
            "/collection/token/",
            "/nowhere",
            "apiKey=***",
            "client_secret=***",
            "api_key=***&x=1",
            "Basic ***")
        .doesNotContain("/_sim/rules");
    for (String shown : List.of(journal, events.toString(), String.join("\n", log.lines()))) {
      assertThat(shown).doesNotContain(apiKey).doesNotContain(secret).doesNotContain(basic);
    }
  }

  @Test
  void aTokenInACallbackUrlIsMaskedWhereverItIsShownWhileTheReceiverGetsTheRealUrl(
      Vertx vertx, @SimulatorUrl String base, SimulatorControl control, MomoSimulator simulator) {
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer receiver = receiver(vertx, received);
    String url = "http://localhost:" + receiver.actualPort() + "/cb?token=abc&x=1";
    SandboxCalls calls = calls(vertx, simulator);

    String reference = calls.requestToPay("256770000009", url);
    eventually(() -> assertThat(received).containsExactly("/cb?token=abc&x=1"));

    String masked = "/cb?token=***&x=1";
    JsonObject request =
        getJson(base + "/_sim/requests?referenceId=" + reference)
            .getJsonArray("requests")
            .getJsonObject(0);
    assertThat(request.getJsonObject("headers").getString("X-Callback-Url")).endsWith(masked);
    eventually(
        () ->
            assertThat(
                    getJson(base + "/_sim/callbacks")
                        .getJsonArray("callbacks")
                        .getJsonObject(0)
                        .getString("url"))
                .endsWith(masked));
    assertThat(getJson(base + "/_sim/transactions/" + reference).getString("callbackUrl"))
        .endsWith(masked);
    assertThat(getJson(base + "/_sim/transactions").encode()).contains(masked);
    assertThat(await(control.callbacks()).get(0).url()).endsWith(masked);
    eventually(() -> assertThat(events.toString()).contains("event: callback"));
    assertThat(events.toString()).contains(masked).doesNotContain("token=abc");
    String everything =
        getJson(base + "/_sim/requests").encode()
            + getJson(base + "/_sim/callbacks").encode()
            + getJson(base + "/_sim/transactions").encode()
            + String.join("\n", log.lines());
    assertThat(everything).doesNotContain("token=abc");
  }

  @Test
  void everyGrowingListingIsWalkedPageByPageEachItemOnceInOrder(
      Vertx vertx, @SimulatorUrl String base, SimulatorControl control, MomoSimulator simulator) {
    HttpServer receiver = receiver(vertx, new CopyOnWriteArrayList<>());
    String url = "http://localhost:" + receiver.actualPort() + "/cb";
    SandboxCalls calls = calls(vertx, simulator);
    await(control.freezeClock());
    List<String> references = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      references.add(calls.requestToPay("25677100000" + i, url));
      await(control.advanceClock(Duration.ofSeconds(1)));
    }
    eventually(() -> assertThat(await(control.callbacks())).hasSize(7));

    List<String> transactions =
        walk(base + "/_sim/transactions", "transactions", 3, item -> item.getString("referenceId"));
    assertThat(transactions).containsExactlyElementsOf(reversed(references));

    List<String> callbacks =
        walk(base + "/_sim/callbacks", "callbacks", 3, item -> item.getString("id"));
    assertThat(callbacks)
        .hasSize(7)
        .isEqualTo(firstPage(base + "/_sim/callbacks", "callbacks", "id"));

    List<String> requests =
        walk(base + "/_sim/requests", "requests", 3, item -> item.getLong("id").toString());
    assertThat(requests)
        .hasSizeGreaterThanOrEqualTo(14) // seven tokens, seven payments
        .isEqualTo(firstPage(base + "/_sim/requests", "requests", "id"));
    assertThat(requests.stream().map(Long::valueOf).toList())
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));

    List<String> accounts = walkAccounts(base, 3);
    assertThat(accounts)
        .hasSize(10) // seven payers, three partners
        .isSorted()
        .contains(
            "PARTNER:collection",
            "PARTNER:disbursement",
            "PARTNER:remittance",
            "MSISDN:256771000000")
        .isEqualTo(
            new ArrayList<>(
                getJson(base + "/_sim/accounts").getJsonObject("accounts").fieldNames()));
  }

  @Test
  void aLimitOutsideOneToAThousandOrAnUnknownCursorIsRefused(@SimulatorUrl String base) {
    for (String listing : List.of("transactions", "requests", "callbacks", "accounts")) {
      for (String query : List.of("limit=0", "limit=1001", "limit=x")) {
        HttpResponse<Buffer> refused =
            await(web.getAbs(base + "/_sim/" + listing + "?" + query).send());
        assertThat(refused.statusCode()).as("%s?%s", listing, query).isEqualTo(400);
        assertThat(refused.bodyAsJsonObject().getString("message")).contains("1 to 1000");
      }
    }
    for (String listing : List.of("transactions", "requests", "callbacks")) {
      HttpResponse<Buffer> refused =
          await(web.getAbs(base + "/_sim/" + listing + "?after=%21%21").send());
      assertThat(refused.statusCode()).as(listing).isEqualTo(400);
      assertThat(refused.bodyAsJsonObject().getString("message")).contains("after");
    }
  }

  /** Wallet retention with a small cap (docs/journals.md#wallet-retention). */
  @Nested
  @MomoSimulatorTest(config = "{\"retention\": {\"maxWallets\": 5}}")
  class WithFewWallets {
    @Test
    void beyondTheCapTheLeastRecentlyUsedWalletsAreForgottenAndCountedNoMoneyLost(
        Vertx vertx, @SimulatorUrl String base, MomoSimulator simulator) {
      SandboxCalls calls = calls(vertx, simulator);
      for (int i = 0; i < 12; i++) {
        String reference = calls.requestToPay("2567720000" + (10 + i), null);
        assertThat(calls.status(reference).getString("status")).isEqualTo("SUCCESSFUL");
      }

      JsonObject answer = getJson(base + "/_sim/accounts");
      JsonObject accounts = answer.getJsonObject("accounts");
      List<String> wallets =
          accounts.fieldNames().stream()
              .filter(key -> !key.startsWith("PARTNER:"))
              .sorted()
              .toList();
      assertThat(wallets)
          .as("the five most recently used payers")
          .containsExactly(
              "MSISDN:256772000017",
              "MSISDN:256772000018",
              "MSISDN:256772000019",
              "MSISDN:256772000020",
              "MSISDN:256772000021");
      for (String wallet : wallets) {
        assertThat(new BigDecimal(accounts.getJsonObject(wallet).getString("balance")))
            .as(wallet)
            .isEqualByComparingTo("999900");
      }
      assertThat(new BigDecimal(accounts.getJsonObject("PARTNER:collection").getString("balance")))
          .as("every payment reached the partner")
          .isEqualByComparingTo("1200");
      JsonObject forgotten = answer.getJsonObject("forgotten");
      assertThat(forgotten.getLong("wallets")).isEqualTo(7);
      assertThat(new BigDecimal(forgotten.getString("net"))).isEqualByComparingTo("-700");
      BigDecimal moved =
          accounts.fieldNames().stream()
              .map(accounts::getJsonObject)
              .map(
                  account ->
                      new BigDecimal(account.getString("balance"))
                          .subtract(new BigDecimal(account.getString("opening"))))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(moved.add(new BigDecimal(forgotten.getString("net"))))
          .as("the ledger adds up with what was forgotten")
          .isEqualByComparingTo("0");
    }
  }

  private SandboxCalls calls(Vertx vertx, MomoSimulator simulator) {
    SandboxCalls calls = new SandboxCalls(vertx, simulator);
    toClose.add(calls);
    return calls;
  }

  private HttpServer receiver(Vertx vertx, List<String> received) {
    HttpServer server =
        await(
            vertx
                .createHttpServer()
                .requestHandler(
                    request -> {
                      received.add(request.uri());
                      request.response().end();
                    })
                .listen(0, "127.0.0.1"));
    toClose.add(() -> await(server.close()));
    return server;
  }

  /** Every item of a listing, {@code limit} at a time, following {@code next}. */
  private List<String> walk(
      String listing, String field, int limit, Function<JsonObject, String> idOf) {
    List<String> items = new ArrayList<>();
    String after = null;
    do {
      JsonObject page =
          getJson(listing + "?limit=" + limit + (after == null ? "" : "&after=" + encode(after)));
      JsonArray found = page.getJsonArray(field);
      assertThat(found.size()).as("a page of %s", listing).isLessThanOrEqualTo(limit);
      found.forEach(item -> items.add(idOf.apply((JsonObject) item)));
      after = page.getString("next");
      assertThat(page.containsKey("next")).isTrue();
    } while (after != null);
    assertThat(new HashSet<>(items)).as("each item once").hasSize(items.size());
    return items;
  }

  private List<String> walkAccounts(String base, int limit) {
    List<String> keys = new ArrayList<>();
    String after = null;
    do {
      JsonObject page =
          getJson(
              base
                  + "/_sim/accounts?limit="
                  + limit
                  + (after == null ? "" : "&after=" + encode(after)));
      assertThat(page.getJsonObject("accounts").size()).isLessThanOrEqualTo(limit);
      keys.addAll(page.getJsonObject("accounts").fieldNames());
      after = page.getString("next");
    } while (after != null);
    assertThat(new HashSet<>(keys)).as("each account once").hasSize(keys.size());
    return keys;
  }

  private List<String> firstPage(String listing, String field, String id) {
    return getJson(listing).getJsonArray(field).stream()
        .map(item -> String.valueOf(((JsonObject) item).getValue(id)))
        .toList();
  }

  private JsonObject getJson(String url) {
    HttpResponse<Buffer> answer = await(web.getAbs(url).send());
    assertThat(answer.statusCode()).as("GET %s: %s", url, answer.bodyAsString()).isEqualTo(200);
    return answer.bodyAsJsonObject();
  }

  private int send(HttpMethod method, String url, String body, String authorization) {
    return await(
            web.requestAbs(method, url)
                .putHeader("Authorization", authorization)
                .putHeader(
                    "Content-Type",
                    body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
                .sendBuffer(Buffer.buffer(body)))
        .statusCode();
  }

  /**
   * The event stream, read from a raw socket whose handler is set before the request is sent, so no
   * byte can arrive before anyone listens.
   */
  private StringBuffer follow(Vertx vertx, URI base) {
    StringBuffer stream = new StringBuffer();
    NetClient client = vertx.createNetClient();
    toClose.add(() -> await(client.close()));
    NetSocket socket = await(client.connect(base.getPort(), base.getHost()));
    socket.handler(chunk -> stream.append(chunk.toString()));
    await(socket.write("GET /_sim/events HTTP/1.1\r\nHost: " + base.getHost() + "\r\n\r\n"));
    eventually(() -> assertThat(stream).contains("momo-sim events"));
    return stream;
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static List<String> reversed(List<String> items) {
    List<String> copy = new ArrayList<>(items);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static void eventually(ThrowingRunnable assertion) {
    Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(5)).untilAsserted(assertion);
  }
}

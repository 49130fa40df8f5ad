package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.ApiUserCredentials;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SandboxCredentials;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Back-pressure on {@code /_sim/events} (docs/events.md), over real sockets: listeners that never
 * read are dropped instead of slowing the API, a reading one misses nothing, a dropped one is told
 * to resync, and the cap refuses one listener too many.
 */
@MomoSimulatorTest(
    config =
        "{\"events\": {\"maxSubscribers\": 301, \"subscriberBufferBytes\": 16384},"
            + " \"log\": {\"requests\": false}}")
class EventBackPressureAcceptanceTest {
  private static final int CAP = 301;
  private static final int STUCK = 300;
  private static final int PAYMENTS = 2000;
  private static final int IN_FLIGHT = 32;

  /**
   * The smallest receive buffer the system grants: a listener that never reads fills it at once.
   */
  private static final int TINY_RECEIVE_BUFFER = 1024;

  private final List<RawEventListener> listeners = new ArrayList<>();
  private HttpClient http;
  private String baseUrl;
  private ApiUserCredentials collection;

  @BeforeEach
  void start(MomoSimulator simulator, SandboxCredentials credentials) {
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    baseUrl = simulator.baseUrl();
    collection = credentials.collection();
    // Listeners of an earlier test are gone before this one counts.
    eventually(() -> assertThat(subscribers().getInteger("subscribers")).isZero());
  }

  @AfterEach
  void closeListeners() {
    listeners.forEach(RawEventListener::close);
  }

  @Test
  void listenersThatNeverReadAreDroppedWhileTheApiAnswersEveryCallAndAReaderMissesNothing() {
    RawEventListener reader = open(RawEventListener.reading(port()));
    eventually(() -> assertThat(reader.status()).isEqualTo(200));
    for (int i = 0; i < STUCK; i++) {
      open(RawEventListener.connect(port(), TINY_RECEIVE_BUFFER));
    }
    eventually(() -> assertThat(subscribers().getInteger("subscribers")).isEqualTo(CAP));
    long droppedBefore = subscribers().getLong("dropped");
    String token = token();

    List<String> references = new ArrayList<>();
    references.addAll(
        inBatches(
            PAYMENTS,
            i -> {
              String reference = UUID.randomUUID().toString();
              return requestToPay(token, reference)
                  .thenApply(
                      response -> {
                        assertThat(response.statusCode())
                            .as("request-to-pay %s: %s", reference, response.body())
                            .isEqualTo(202);
                        return reference;
                      });
            }));
    inBatches(
        PAYMENTS,
        i ->
            status(token, references.get(i))
                .thenApply(
                    response -> {
                      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                      assertThat(new JsonObject(response.body()).getString("status"))
                          .as(response.body())
                          .isEqualTo("SUCCESSFUL");
                      return response;
                    }));

    // Every stuck listener is dropped once the system's socket buffers (up to 4 MiB here) and its
    // own are full; bulkier payments fill them sooner.
    List<String> bulky = new ArrayList<>();
    eventually(
        () -> {
          bulky.addAll(bulkyPayments(token));
          assertThat(subscribers().getInteger("subscribers")).as("listeners left").isEqualTo(1);
        });
    assertThat(subscribers().getLong("dropped") - droppedBefore).isEqualTo(STUCK);
    // Their connections are closed too, even though they never read (after a grace to read it).
    eventually(() -> assertThat(subscribers().getInteger("closing")).as("still open").isZero());
    assertThat(reader.ended()).as("the reader was dropped").isFalse();

    // The reader got every event, in order: every API call, every payment, consecutive ids.
    eventually(
        () -> {
          assertThat(requested(reader, "POST"))
              .as("request events of the POSTs")
              .containsAll(references);
          assertThat(requested(reader, "GET"))
              .as("request events of the GETs")
              .containsAll(references);
        });
    List<RawEventListener.Event> events = reader.events();
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).id())
          .as("the id after %s", events.get(i - 1))
          .isEqualTo(events.get(i - 1).id() + 1);
    }
    Set<String> succeeded = new HashSet<>();
    for (RawEventListener.Event event : events) {
      if (event.type().equals("transaction")) {
        JsonObject view = new JsonObject(event.data());
        if ("SUCCESSFUL".equals(view.getString("status"))) {
          succeeded.add(view.getString("referenceId"));
        }
      }
    }
    assertThat(succeeded).containsAll(references).containsAll(bulky);
  }

  /** The reference ids of the request-to-pay calls with this method the listener was told of. */
  private static Set<String> requested(RawEventListener listener, String method) {
    Set<String> references = new HashSet<>();
    for (RawEventListener.Event event : listener.events()) {
      if (event.type().equals("request")) {
        JsonObject entry = new JsonObject(event.data());
        if (method.equals(entry.getString("method"))
            && entry.getString("path").contains("/requesttopay")) {
          references.add(entry.getString("referenceId"));
        }
      }
    }
    return references;
  }

  @Test
  void theListenerBeyondTheCapIsRefusedWithA503UntilOneLeaves() {
    for (int i = 0; i < CAP; i++) {
      open(RawEventListener.connect(port(), 0));
    }
    eventually(() -> assertThat(subscribers().getInteger("subscribers")).isEqualTo(CAP));

    RawEventListener refused = open(RawEventListener.reading(port()));
    eventually(() -> assertThat(refused.ended()).isTrue());
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.head()).containsIgnoringCase("content-type: application/json");
    JsonObject error = new JsonObject(refused.body());
    assertThat(error.getString("code")).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(error.getString("message")).contains("301").contains("events.maxSubscribers");
    assertThat(subscribers().getInteger("subscribers")).isEqualTo(CAP);

    listeners.get(0).close();
    eventually(() -> assertThat(subscribers().getInteger("subscribers")).isEqualTo(CAP - 1));
    RawEventListener admitted = open(RawEventListener.reading(port()));
    eventually(() -> assertThat(admitted.status()).isEqualTo(200));
  }

  @Test
  void aListenerDroppedForFallingBehindGetsResyncBeforeTheClose() {
    RawEventListener slow = open(RawEventListener.connect(port(), 0));
    eventually(() -> assertThat(subscribers().getInteger("subscribers")).isEqualTo(1));
    String token = token();

    // Events until it is dropped: it reads nothing meanwhile.
    eventually(
        () -> {
          bulkyPayments(token);
          assertThat(subscribers().getInteger("subscribers")).isZero();
        });
    slow.startReading();

    eventually(() -> assertThat(slow.closed()).as("closed by the server").isTrue());
    List<RawEventListener.Event> events = slow.events();
    assertThat(events).isNotEmpty();
    RawEventListener.Event last = events.get(events.size() - 1);
    assertThat(last.type()).isEqualTo("resync");
    assertThat(new JsonObject(last.data()).getString("reason")).isEqualTo("BEHIND");
    assertThat(new JsonObject(last.data()).getString("message")).contains("reload");
    assertThat(slow.ended()).as("the stream's last chunk came before the close").isTrue();
  }

  @Test
  void resyncAsksEveryListenerToReloadAndClosesItsStream() throws Exception {
    RawEventListener first = open(RawEventListener.reading(port()));
    RawEventListener second = open(RawEventListener.reading(port()));
    eventually(() -> assertThat(subscribers().getInteger("subscribers")).isEqualTo(2));

    HttpResponse<String> answer = post("/_sim/events/resync");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(new JsonObject(answer.body()).getInteger("dropped")).isEqualTo(2);
    for (RawEventListener listener : List.of(first, second)) {
      eventually(() -> assertThat(listener.closed()).isTrue());
      List<RawEventListener.Event> events = listener.events();
      assertThat(events).extracting(RawEventListener.Event::type).containsExactly("resync");
      assertThat(new JsonObject(events.get(0).data()).getString("reason")).isEqualTo("REQUESTED");
    }
    assertThat(subscribers().getInteger("subscribers")).isZero();
  }

  // ---- helpers ----------------------------------------------------------------------------

  private RawEventListener open(RawEventListener listener) {
    listeners.add(listener);
    return listener;
  }

  private int port() {
    return URI.create(baseUrl).getPort();
  }

  /** Runs {@code count} calls, at most {@link #IN_FLIGHT} at a time; their results in order. */
  private static <T> List<T> inBatches(int count, Function<Integer, CompletableFuture<T>> call) {
    List<T> results = new ArrayList<>();
    for (int start = 0; start < count; start += IN_FLIGHT) {
      List<CompletableFuture<T>> batch = new ArrayList<>();
      for (int i = start; i < Math.min(count, start + IN_FLIGHT); i++) {
        batch.add(call.apply(i));
      }
      batch.forEach(future -> results.add(future.join()));
    }
    return results;
  }

  private String token() {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/collection/token/"))
                .header("Authorization", collection.basicAuthorization())
                .header("Ocp-Apim-Subscription-Key", collection.subscriptionKey())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new JsonObject(response.body()).getString("access_token");
  }

  /**
   * Payments whose journalled bodies (and so request events) are about 8 KiB each; all accepted.
   */
  private List<String> bulkyPayments(String token) {
    return inBatches(
        IN_FLIGHT,
        i -> {
          String reference = UUID.randomUUID().toString();
          return requestToPay(token, reference, "x".repeat(8000))
              .thenApply(
                  response -> {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                    return reference;
                  });
        });
  }

  private CompletableFuture<HttpResponse<String>> requestToPay(String token, String reference) {
    return requestToPay(token, reference, "");
  }

  /** A request-to-pay with {@code filler} in a field the simulator ignores. */
  private CompletableFuture<HttpResponse<String>> requestToPay(
      String token, String reference, String filler) {
    String body =
        new JsonObject()
            .put("filler", filler)
            .put("amount", "5")
            .put("currency", "EUR")
            .put("externalId", "order-1")
            .put(
                "payer",
                new JsonObject().put("partyIdType", "MSISDN").put("partyId", "256770000001"))
            .put("payerMessage", "pay")
            .put("payeeNote", "thanks")
            .encode();
    return http.sendAsync(
        api("/collection/v1_0/requesttopay", token)
            .header("X-Reference-Id", reference)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private CompletableFuture<HttpResponse<String>> status(String token, String reference) {
    return http.sendAsync(
        api("/collection/v1_0/requesttopay/" + reference, token).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder api(String path, String token) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", "Bearer " + token)
        .header("X-Target-Environment", "sandbox")
        .header("Ocp-Apim-Subscription-Key", collection.subscriptionKey());
  }

  private JsonObject subscribers() {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/_sim/events/subscribers")).build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new JsonObject(response.body());
  }

  private HttpResponse<String> post(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Retries the assertion until it holds, for at most 30 s (the load test's calls included). */
  private static void eventually(ThrowingRunnable assertion) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(10))
        .untilAsserted(assertion);
  }
}

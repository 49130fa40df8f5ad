package dev.momosim.bench;

import dev.momosim.client.MomoClient;
import dev.momosim.client.collections.Collections;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.model.Party;
import dev.momosim.client.product.Product;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The client benchmark against a running simulator (request journal on): {@code MomoClient} calls
 * against the same calls made with a bare vertx-web-client (status GET and request-to-pay POST,
 * same concurrency, same default HTTP pool, runs alternated, median of {@value #ROUNDS}), and 1,000
 * concurrent calls just after the token expired, counting token requests in the simulator's request
 * journal. Prints one JSON object.
 *
 * <p>Usage: {@code ClientBench BASE_URL [SECONDS_PER_RUN] [CONCURRENCY]}.
 */
public final class ClientBench {
  static final String SUBSCRIPTION_KEY = "0c011ec7000000000000000000000001";
  static final String API_USER = "c0111ec7-0000-4000-8000-000000000001";
  static final String API_KEY = "c011ec7a000000000000000000000001";
  static final int EXPIRY_CALLS = 1_000;
  static final int ROUNDS = 3;

  private final Vertx vertx;
  private final String base;
  private final WebClient web;
  private final ShiftableClock clock = new ShiftableClock();
  private final MomoClient momo;
  private String token;

  private ClientBench(Vertx vertx, String base) {
    this.vertx = vertx;
    this.base = base;
    this.web = WebClient.create(vertx);
    this.momo =
        MomoClient.builder()
            .baseUrl(base)
            .credentials(Product.COLLECTION, SUBSCRIPTION_KEY, API_USER, API_KEY)
            .clock(clock)
            .vertx(vertx)
            .build();
  }

  public static void main(String[] args) {
    String base = args[0];
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    Vertx vertx = Vertx.vertx();
    try {
      System.out.println(new ClientBench(vertx, base).run(seconds, concurrency).encode());
    } finally {
      vertx.close();
    }
  }

  private JsonObject run(double seconds, int concurrency) {
    Collections collections = momo.collections();
    String reference = join(collections.requestToPay(request()));
    token = join(fetchToken());
    // Warm both paths; then alternate raw and client runs so drift on a shared machine hits both
    // alike.
    load(() -> rawStatus(reference), concurrency, seconds);
    load(() -> collections.status(reference), concurrency, seconds);
    load(this::rawCreate, concurrency, seconds / 2);
    load(() -> collections.requestToPay(request()), concurrency, seconds / 2);
    JsonObject expiry = tokenExpiry(collections, join(rawCreate()));
    token = join(fetchToken());
    List<JsonObject> rawStatus = new ArrayList<>();
    List<JsonObject> clientStatus = new ArrayList<>();
    List<JsonObject> rawCreate = new ArrayList<>();
    List<JsonObject> clientCreate = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      // A fresh payment each round: the simulator's retention cap drops old ones under POST load.
      String fresh = join(rawCreate());
      rawStatus.add(load(() -> rawStatus(fresh), concurrency, seconds));
      clientStatus.add(load(() -> collections.status(fresh), concurrency, seconds));
      rawCreate.add(load(this::rawCreate, concurrency, seconds));
      clientCreate.add(load(() -> collections.requestToPay(request()), concurrency, seconds));
    }
    return new JsonObject()
        .put("concurrency", concurrency)
        .put("secondsPerRun", seconds)
        .put("rounds", ROUNDS)
        .put("tokenExpiry", expiry)
        .put("rawStatus", median(rawStatus))
        .put("clientStatus", median(clientStatus))
        .put("rawRequestToPay", median(rawCreate))
        .put("clientRequestToPay", median(clientCreate));
  }

  /** The run with the median requests/s of several. */
  private static JsonObject median(List<JsonObject> runs) {
    List<JsonObject> sorted = new ArrayList<>(runs);
    sorted.sort(java.util.Comparator.comparingDouble(run -> run.getDouble("requestsPerSecond")));
    return sorted.get(sorted.size() / 2);
  }

  /** Token lifetime passes on both clocks; then 1,000 calls at once must share one new token. */
  private JsonObject tokenExpiry(Collections collections, String reference) {
    Duration past = Duration.ofSeconds(3601);
    join(
        web.postAbs(base + "/_sim/clock/advance")
            .sendJsonObject(new JsonObject().put("seconds", past.toSeconds())));
    clock.shift(past);
    long lastJournalId = lastJournalId();
    long started = System.nanoTime();
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < EXPIRY_CALLS; i++) {
      calls.add(collections.status(reference));
    }
    Future<?> all = Future.join(new ArrayList<>(calls));
    all.toCompletionStage().toCompletableFuture().handle((ok, failure) -> null).join();
    double millis = (System.nanoTime() - started) / 1e6;
    long failed = calls.stream().filter(Future::failed).count();
    return new JsonObject()
        .put("calls", EXPIRY_CALLS)
        .put("failed", failed)
        .put("tokenRequests", tokenRequestsAfter(lastJournalId))
        .put("millis", millis);
  }

  /** The id of the newest request journal entry (entries come newest first). */
  private long lastJournalId() {
    HttpResponse<Buffer> answer = join(web.getAbs(base + "/_sim/requests").send());
    var entries = answer.bodyAsJsonObject().getJsonArray("requests");
    return entries.isEmpty() ? 0 : entries.getJsonObject(0).getLong("id");
  }

  /** Token requests the journal holds that came after the entry {@code afterId}. */
  private long tokenRequestsAfter(long afterId) {
    HttpResponse<Buffer> answer = join(web.getAbs(base + "/_sim/requests?path=/token/").send());
    return answer.bodyAsJsonObject().getJsonArray("requests").stream()
        .filter(entry -> ((JsonObject) entry).getLong("id") > afterId)
        .count();
  }

  private Future<String> fetchToken() {
    String basic =
        java.util.Base64.getEncoder().encodeToString((API_USER + ":" + API_KEY).getBytes());
    return web.postAbs(base + "/collection/token/")
        .putHeader("Authorization", "Basic " + basic)
        .putHeader("Ocp-Apim-Subscription-Key", SUBSCRIPTION_KEY)
        .send()
        .map(response -> expect(response, 200).bodyAsJsonObject().getString("access_token"));
  }

  private Future<JsonObject> rawStatus(String reference) {
    return headers(web.getAbs(base + "/collection/v1_0/requesttopay/" + reference))
        .send()
        .map(response -> expect(response, 200).bodyAsJsonObject());
  }

  private Future<String> rawCreate() {
    String reference = UUID.randomUUID().toString();
    return headers(web.postAbs(base + "/collection/v1_0/requesttopay"))
        .putHeader("X-Reference-Id", reference)
        .putHeader("Content-Type", "application/json")
        .sendBuffer(Buffer.buffer(StoreMemoryBench.BODY))
        .map(
            response -> {
              expect(response, 202);
              return reference;
            });
  }

  private HttpRequest<Buffer> headers(HttpRequest<Buffer> request) {
    return request
        .putHeader("Authorization", "Bearer " + token)
        .putHeader("X-Target-Environment", "sandbox")
        .putHeader("Ocp-Apim-Subscription-Key", SUBSCRIPTION_KEY);
  }

  private static RequestToPay request() {
    return new RequestToPay("100", "EUR", "bench", Party.msisdn("256770000001"), "bench", "bench");
  }

  private JsonObject load(
      java.util.function.Supplier<Future<?>> call, int concurrency, double seconds) {
    return join(ClosedLoop.run(vertx, call, concurrency, seconds));
  }

  private static HttpResponse<Buffer> expect(HttpResponse<Buffer> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "expected " + status + ", got " + response.statusCode() + ": " + response.bodyAsString());
    }
    return response;
  }

  private static <T> T join(Future<T> future) {
    return future.toCompletionStage().toCompletableFuture().join();
  }

  /**
   * The system clock moved forward on demand, so the client sees its token expire without waiting.
   */
  private static final class ShiftableClock extends Clock {
    private volatile Duration shift = Duration.ZERO;

    void shift(Duration by) {
      shift = shift.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(shift);
    }
  }
}

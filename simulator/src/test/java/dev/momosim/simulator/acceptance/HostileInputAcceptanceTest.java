package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.junit5.ApiUserCredentials;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SandboxCredentials;
import dev.momosim.simulator.junit5.SimulatorUrl;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fuzz suite of our own: every route of the MoMo API, the control API, the event stream and the
 * dashboard gets a valid request spoiled in one way at a time (malformed or mistyped JSON, deep
 * nesting, an absurd number, bytes that are not UTF-8, NUL bytes, the wrong content type, junk in
 * the path, the query and the headers, lying chunked encoding, a method the route does not have).
 * Whatever the spoiling, the answer is a documented one: a status, a JSON body with a message, no
 * stack trace, never the 500 of an unexpected failure, nothing logged as unexpected, and the
 * simulator still serves the valid request afterwards.
 */
@MomoSimulatorTest
class HostileInputAcceptanceTest {
  private static final int SOCKET_TIMEOUT_MILLIS = 15_000;
  private static final String PRESET_PAYEE = "256770000001";
  private static final int CLOSED_WITHOUT_ANSWER = 0;

  private final URI baseUrl;
  private final SandboxCredentials credentials;
  private final List<LogRecord> unexpected = new ArrayList<>();
  private final Handler unexpectedFailures =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()
              && (record.getThrown() != null
                  || record.getLoggerName().contains("FailureHandler"))) {
            synchronized (unexpected) {
              unexpected.add(record);
            }
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  HostileInputAcceptanceTest(@SimulatorUrl URI baseUrl, SandboxCredentials credentials) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
  }

  @BeforeEach
  void watchTheLog() {
    Logger.getLogger("").addHandler(unexpectedFailures);
  }

  @AfterEach
  void stopWatching() {
    Logger.getLogger("").removeHandler(unexpectedFailures);
  }

  /** One route's valid request, as raw HTTP parts. */
  record Call(String name, String method, String path, Map<String, String> headers, String body) {
    Call with(UnaryOperator<Call> change) {
      return change.apply(this);
    }

    Call withBody(String newBody) {
      return new Call(name, method, path, headers, newBody);
    }

    Call withPath(String newPath) {
      return new Call(name, method, newPath, headers, body);
    }

    Call withMethod(String newMethod) {
      return new Call(name, newMethod, path, headers, body);
    }

    Call withHeader(String header, String value) {
      Map<String, String> changed = new LinkedHashMap<>(headers);
      changed.put(header, value);
      return new Call(name, method, path, changed, body);
    }
  }

  /** A way to spoil a valid request. */
  record Spoiling(String name, UnaryOperator<Call> spoil, boolean framingBroken) {
    Spoiling(String name, UnaryOperator<Call> spoil) {
      this(name, spoil, false);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Spoiling> spoilings() {
    String deep = "[".repeat(50_000);
    return Stream.of(
        new Spoiling("truncated JSON", call -> call.withBody("{\"amount\": ")),
        new Spoiling("a JSON array", call -> call.withBody("[]")),
        new Spoiling("a JSON string", call -> call.withBody("\"text\"")),
        new Spoiling("JSON null", call -> call.withBody("null")),
        new Spoiling("a JSON number", call -> call.withBody("12")),
        new Spoiling("50,000 nested arrays", call -> call.withBody(deep)),
        new Spoiling(
            "an absurd number in every field", call -> call.withBody(absurdNumbers(call.body()))),
        new Spoiling(
            "fields of the wrong JSON type", call -> call.withBody(wrongTypes(call.body()))),
        new Spoiling(
            "bytes that are not UTF-8", call -> call.withBody("{\"a\": \"\u00c3(\u00ff\"}")),
        new Spoiling("a NUL byte in the body", call -> call.withBody("{\"a\": \"x\u0000y\"}")),
        new Spoiling(
            "text/plain instead of JSON", call -> call.withHeader("Content-Type", "text/plain")),
        new Spoiling(
            "a form instead of JSON",
            call ->
                call.withHeader("Content-Type", "application/x-www-form-urlencoded")
                    .withBody("a=1&b=%ZZ")),
        new Spoiling("a NUL in the path", call -> call.withPath(call.path() + "%00")),
        new Spoiling(
            "path traversal", call -> call.withPath(call.path() + "/..%2f..%2fetc%2fpasswd")),
        new Spoiling(
            "a byte that is not UTF-8 in the path", call -> call.withPath(call.path() + "%ff")),
        new Spoiling(
            "a 3,000-character path segment",
            call -> call.withPath(call.path() + "/" + "x".repeat(3000))),
        new Spoiling(
            "junk in the query",
            call ->
                call.withPath(
                    call.path()
                        + "?limit=-1&limit=abc&status=%E2%82&product=../x&after=%00&partyId="
                        + "9".repeat(400))),
        new Spoiling(
            "an absurd limit", call -> call.withPath(call.path() + "?limit=99999999999999999999")),
        new Spoiling(
            "a reference id that is not a UUID",
            call -> call.withHeader("X-Reference-Id", "'; DROP TABLE payments; --")),
        new Spoiling(
            "a javascript callback URL",
            call -> call.withHeader("X-Callback-Url", "javascript:alert(1)")),
        new Spoiling(
            "a 6,000-character target environment",
            call -> call.withHeader("X-Target-Environment", "s".repeat(6000))),
        new Spoiling(
            "a bearer token of junk",
            call -> call.withHeader("Authorization", "Bearer " + "\u00e9\u00e9.x.%00")),
        new Spoiling(
            "Basic credentials of junk", call -> call.withHeader("Authorization", "Basic ###")),
        new Spoiling(
            "a subscription key of junk",
            call -> call.withHeader("Ocp-Apim-Subscription-Key", "<script>")),
        new Spoiling(
            "a chunked body whose sizes lie",
            call ->
                call.withHeader("Transfer-Encoding", "chunked").withBody("zz\r\n{}\r\n0\r\n\r\n"),
            true),
        new Spoiling("the method PATCH", call -> call.withMethod("PATCH")),
        new Spoiling("the method TRACE", call -> call.withMethod("TRACE")),
        new Spoiling("the method OPTIONS", call -> call.withMethod("OPTIONS")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spoilings")
  void everyRouteAnswersASpoiledRequestWithADocumentedError(Spoiling spoiling) throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Call valid : routes()) {
      Call spoiled = valid.with(spoiling.spoil());
      Answer answer = send(spoiled);
      String problem = problemWith(answer, spoiling);
      if (problem != null) {
        wrong.add(
            valid.name() + ": " + problem + " (" + answer.status() + " " + answer.body() + ")");
      }
    }
    assertThat(wrong).as("routes answering '%s' badly", spoiling.name()).isEmpty();
    synchronized (unexpected) {
      assertThat(unexpected)
          .as("failures logged as unexpected")
          .extracting(record -> record.getLoggerName() + ": " + record.getMessage())
          .isEmpty();
    }
    assertThat(send(health()).status()).as("the simulator still answers").isEqualTo(200);
    assertThat(send(requestToPay()).status()).as("and still takes payments").isEqualTo(202);
  }

  @Test
  void theFuzzCatalogueCoversEveryDocumentedControlRoute() throws IOException {
    String table =
        java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "control-api.md"));
    List<String> covered =
        routes().stream().map(call -> call.method() + " " + call.path()).toList();
    for (String documented :
        List.of(
            "/_sim/health",
            "/_sim/transactions",
            "/approve",
            "/reject",
            "/expire",
            "/fail",
            "/_sim/approval-mode",
            "/_sim/rules",
            "/_sim/clock",
            "/_sim/clock/advance",
            "/set",
            "/freeze",
            "/resume",
            "/_sim/callbacks",
            "/resend",
            "/_sim/requests",
            "/_sim/accounts",
            "/_sim/tokens/expire",
            "/_sim/events/subscribers",
            "/_sim/events/resync",
            "/_sim/reset")) { // the event stream is spoiled on its own, below
      assertThat(table).as("docs/control-api.md names %s", documented).contains(documented);
      assertThat(covered)
          .as("the fuzz catalogue has a request to %s", documented)
          .anyMatch(route -> route.contains(documented));
    }
  }

  /**
   * What is wrong with an answer to a spoiled request, or null. A 2xx is accepted: some routes
   * ignore what was spoiled (a GET ignores its body, the token endpoint any body). When the body's
   * framing itself is broken (a chunk size that is not a number) no answer can be framed either,
   * and closing the connection is the documented outcome.
   */
  private static String problemWith(Answer answer, Spoiling spoiling) {
    if (answer.status() == CLOSED_WITHOUT_ANSWER) {
      return spoiling.framingBroken() ? null : "the connection closed without an answer";
    }
    if (answer.status() < 200 || answer.status() > 599) {
      return "no HTTP status";
    }
    String lower = answer.body().toLowerCase(Locale.ROOT);
    if (lower.contains("exception") || lower.contains("\tat ") || lower.contains("java.")) {
      return "a stack trace or exception name in the body";
    }
    if (answer.status() < 400) {
      return null;
    }
    String type = answer.header("content-type");
    if (type == null || !type.startsWith("application/json")) {
      return "an error that is not JSON (" + type + ")";
    }
    JsonObject body;
    try {
      body = new JsonObject(answer.body());
    } catch (RuntimeException notAnObject) {
      return "an error body that is not a JSON object";
    }
    if (!body.containsKey("message") && !body.containsKey("error")) {
      return "an error body without a message";
    }
    if (answer.status() == 500 && "INTERNAL_PROCESSING_ERROR".equals(body.getString("code"))) {
      return "the 500 of an unexpected failure";
    }
    return null;
  }

  private List<Call> routes() throws IOException {
    ApiUserCredentials collection = credentials.collection();
    ApiUserCredentials disbursement = credentials.disbursement();
    String collectionToken = token(collection);
    String disbursementToken = token(disbursement);
    String pending = createdPayment(collectionToken);
    String rule =
        "{\"rules\": [{\"name\": \"fuzz\", \"match\": {\"partyId\": \"256779999999\"},"
            + " \"outcome\": {\"status\": \"FAILED\", \"reason\": \"NOT_ALLOWED\"}}]}";
    List<Call> calls = new ArrayList<>();
    calls.add(
        call(
                "create API user",
                "POST",
                "/v1_0/apiuser",
                "{\"providerCallbackHost\": \"localhost\"}")
            .withHeader("Ocp-Apim-Subscription-Key", collection.subscriptionKey())
            .withHeader("X-Reference-Id", UUID.randomUUID().toString()));
    calls.add(
        call("read API user", "GET", "/v1_0/apiuser/" + collection.apiUserId(), null)
            .withHeader("Ocp-Apim-Subscription-Key", collection.subscriptionKey()));
    calls.add(
        call("create API key", "POST", "/v1_0/apiuser/" + UUID.randomUUID() + "/apikey", null)
            .withHeader("Ocp-Apim-Subscription-Key", collection.subscriptionKey()));
    calls.add(
        call("token", "POST", "/collection/token/", null)
            .withHeader("Ocp-Apim-Subscription-Key", collection.subscriptionKey())
            .withHeader("Authorization", collection.basicAuthorization()));
    calls.add(
        momo(
                "request-to-pay",
                "POST",
                "/collection/v1_0/requesttopay",
                payment("payer"),
                collection,
                collectionToken)
            .withHeader("X-Reference-Id", UUID.randomUUID().toString())
            .withHeader("X-Callback-Url", "http://localhost:1/cb"));
    calls.add(
        momo(
            "request-to-pay status",
            "GET",
            "/collection/v1_0/requesttopay/" + pending,
            null,
            collection,
            collectionToken));
    calls.add(
        momo(
                "transfer",
                "POST",
                "/disbursement/v1_0/transfer",
                payment("payee"),
                disbursement,
                disbursementToken)
            .withHeader("X-Reference-Id", UUID.randomUUID().toString()));
    calls.add(
        momo(
            "balance",
            "GET",
            "/collection/v1_0/account/balance",
            null,
            collection,
            collectionToken));
    calls.add(
        momo(
            "balance in a currency",
            "GET",
            "/collection/v1_0/account/balance/EUR",
            null,
            collection,
            collectionToken));
    calls.add(
        momo(
            "account holder active",
            "GET",
            "/collection/v1_0/accountholder/msisdn/" + PRESET_PAYEE + "/active",
            null,
            collection,
            collectionToken));
    calls.add(
        momo(
            "basic user info",
            "GET",
            "/collection/v1_0/accountholder/msisdn/" + PRESET_PAYEE + "/basicuserinfo",
            null,
            collection,
            collectionToken));
    calls.add(health());
    calls.add(call("transactions", "GET", "/_sim/transactions", null));
    calls.add(call("one transaction", "GET", "/_sim/transactions/" + pending, null));
    calls.add(call("approve", "POST", "/_sim/transactions/" + pending + "/approve", null));
    calls.add(
        call(
            "reject",
            "POST",
            "/_sim/transactions/" + pending + "/reject",
            "{\"reason\": \"APPROVAL_REJECTED\"}"));
    calls.add(call("expire", "POST", "/_sim/transactions/" + pending + "/expire", null));
    calls.add(
        call(
            "fail",
            "POST",
            "/_sim/transactions/" + pending + "/fail",
            "{\"reason\": \"NOT_ALLOWED\"}"));
    calls.add(call("approval mode", "GET", "/_sim/approval-mode", null));
    calls.add(call("set approval mode", "PUT", "/_sim/approval-mode", "{\"mode\": \"MANUAL\"}"));
    calls.add(call("rules", "GET", "/_sim/rules", null));
    calls.add(call("add rules", "POST", "/_sim/rules", rule));
    calls.add(call("replace rules", "PUT", "/_sim/rules", rule));
    calls.add(call("delete rules", "DELETE", "/_sim/rules", null));
    calls.add(call("clock", "GET", "/_sim/clock", null));
    calls.add(call("advance the clock", "POST", "/_sim/clock/advance", "{\"seconds\": 1}"));
    calls.add(call("set the clock", "POST", "/set", "{\"now\": \"2030-01-01T00:00:00Z\"}"));
    calls.add(call("freeze the clock", "POST", "/freeze", null));
    calls.add(call("resume the clock", "POST", "/resume", null));
    calls.add(call("callbacks", "GET", "/_sim/callbacks", null));
    calls.add(call("resend a callback", "POST", "/_sim/callbacks/1/resend", null));
    calls.add(call("requests", "GET", "/_sim/requests", null));
    calls.add(call("accounts", "GET", "/_sim/accounts", null));
    calls.add(
        call(
            "set a balance",
            "PUT",
            "/_sim/accounts/MSISDN:" + PRESET_PAYEE,
            "{\"balance\": \"100\"}"));
    calls.add(call("expire tokens", "POST", "/_sim/tokens/expire", null));
    calls.add(call("event listeners", "GET", "/_sim/events/subscribers", null));
    calls.add(call("resync event listeners", "POST", "/_sim/events/resync", null));
    calls.add(call("reset", "POST", "/_sim/reset", null));
    calls.add(call("dashboard redirect", "GET", "/", null));
    calls.add(call("dashboard", "GET", "/_sim/ui/", null));
    calls.add(call("payer phone", "GET", "/_sim/ui/phone/" + PRESET_PAYEE, null));
    return calls;
  }

  /** The event stream never ends, so it is spoiled separately: only answers that end are sent. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("spoilings")
  void theEventStreamRefusesASpoiledRequestOrStreams(Spoiling spoiling) throws IOException {
    Call events =
        call("events", "GET", "/_sim/events", null).withHeader("Last-Event-ID", "\u00ff%00");
    Call spoiled = events.with(spoiling.spoil());
    Answer answer = sendExpectingHead(spoiled);
    if (answer.status() == 200) {
      assertThat(answer.header("content-type")).startsWith("text/event-stream");
    } else {
      assertThat(problemWith(answer, spoiling))
          .as("%s %s", answer.status(), answer.body())
          .isNull();
    }
    assertThat(send(health()).status()).isEqualTo(200);
  }

  private Call health() {
    return call("health", "GET", "/_sim/health", null);
  }

  private Call requestToPay() throws IOException {
    ApiUserCredentials collection = credentials.collection();
    return momo(
            "request-to-pay",
            "POST",
            "/collection/v1_0/requesttopay",
            payment("payer"),
            collection,
            token(collection))
        .withHeader("X-Reference-Id", UUID.randomUUID().toString());
  }

  private static String payment(String party) {
    return "{\"amount\": \"5\", \"currency\": \"EUR\", \"externalId\": \"1\", \""
        + party
        + "\": {\"partyIdType\": \"MSISDN\", \"partyId\": \""
        + PRESET_PAYEE
        + "\"}, \"payerMessage\": \"m\", \"payeeNote\": \"n\"}";
  }

  private static Call call(String name, String method, String path, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (body != null) {
      headers.put("Content-Type", "application/json");
    }
    return new Call(name, method, path, headers, body == null ? "" : body);
  }

  private Call momo(
      String name, String method, String path, String body, ApiUserCredentials user, String token) {
    return call(name, method, path, body)
        .withHeader("Ocp-Apim-Subscription-Key", user.subscriptionKey())
        .withHeader("Authorization", "Bearer " + token)
        .withHeader("X-Target-Environment", user.targetEnvironment());
  }

  private String token(ApiUserCredentials user) throws IOException {
    Answer answer =
        send(
            call(
                    "token",
                    "POST",
                    "/" + user.product().name().toLowerCase(Locale.ROOT) + "/token/",
                    null)
                .withHeader("Ocp-Apim-Subscription-Key", user.subscriptionKey())
                .withHeader("Authorization", user.basicAuthorization()));
    assertThat(answer.status()).as("token: %s", answer.body()).isEqualTo(200);
    return new JsonObject(answer.body()).getString("access_token");
  }

  private String createdPayment(String token) throws IOException {
    ApiUserCredentials collection = credentials.collection();
    String reference = UUID.randomUUID().toString();
    Answer answer =
        send(
            momo(
                    "request-to-pay",
                    "POST",
                    "/collection/v1_0/requesttopay",
                    payment("payer"),
                    collection,
                    token)
                .withHeader("X-Reference-Id", reference));
    assertThat(answer.status()).as("payment: %s", answer.body()).isEqualTo(202);
    return reference;
  }

  /** An answer read off a raw socket. */
  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** Sends the call with {@code Connection: close} and reads the whole answer. */
  private Answer send(Call call) throws IOException {
    return exchange(call, false);
  }

  /** Sends the call and reads only the answer's head (and what came with it). */
  private Answer sendExpectingHead(Call call) throws IOException {
    return exchange(call, true);
  }

  private Answer exchange(Call call, boolean headOnly) throws IOException {
    byte[] body = call.body().getBytes(StandardCharsets.ISO_8859_1);
    StringBuilder head = new StringBuilder();
    head.append(call.method()).append(' ').append(call.path()).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1:").append(baseUrl.getPort()).append("\r\n");
    head.append("Connection: close\r\n");
    call.headers()
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (!call.headers().containsKey("Transfer-Encoding")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    try (Socket socket = new Socket("127.0.0.1", baseUrl.getPort())) {
      socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      return read(socket.getInputStream(), headOnly);
    }
  }

  private static Answer read(InputStream in, boolean headOnly) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    int headEnd = -1;
    for (int n; (n = in.read(chunk)) >= 0; ) {
      all.write(chunk, 0, n);
      headEnd = all.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
      if (headOnly && headEnd >= 0) {
        break;
      }
    }
    String raw = all.toString(StandardCharsets.UTF_8);
    if (raw.isEmpty()) {
      return new Answer(CLOSED_WITHOUT_ANSWER, Map.of(), "");
    }
    headEnd = raw.indexOf("\r\n\r\n");
    assertThat(headEnd).as("a complete HTTP answer: %s", raw).isNotNegative();
    String[] lines = raw.substring(0, headEnd).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    String body = raw.substring(headEnd + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding")) && !headOnly) {
      body = dechunk(body);
    }
    return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
  }

  private static String dechunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
      if (size == 0) {
        return out.toString();
      }
      out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }

  /** The body with every JSON value that is a string of digits or a number made absurd. */
  private static String absurdNumbers(String body) {
    return body.isEmpty()
        ? "{\"seconds\": 1e999999999}"
        : body.replaceAll("\"[0-9]+\"|\\b[0-9]+\\b", "1e999999999");
  }

  /** The body with every string value an object and every object value a string. */
  private static String wrongTypes(String body) {
    return body.isEmpty()
        ? "{\"mode\": {}, \"reason\": [], \"now\": 5}"
        : body.replaceAll(":\\s*\"[^\"]*\"", ": {\"x\": []}");
  }
}

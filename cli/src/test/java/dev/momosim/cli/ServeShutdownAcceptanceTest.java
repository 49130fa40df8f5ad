package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, graceful shutdown: {@code momo-sim serve} in its own JVM, with 100 request-to-pays in
 * flight whose 202 a rule holds back, gets SIGTERM: it refuses new connections at once, answers all
 * 100, and exits 0 within the grace period.
 */
class ServeShutdownAcceptanceTest {
  private static final Pattern LISTENING =
      Pattern.compile("^momo-sim listening on http://([0-9.]+):(\\d+)$");
  private static final int IN_FLIGHT = 100;
  private static final int GRACE_SECONDS = 60;
  private static final Duration DEADLINE = Duration.ofSeconds(GRACE_SECONDS);
  private static final String PAYER = "256700000001";

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void sigtermLetsEveryRequestInFlightFinishRefusesNewConnectionsAndExitsZero(@TempDir Path dir)
      throws Exception {
    // long enough for 100 requests to be sent and seen stored before SIGTERM; the test checks it
    Path config =
        Files.writeString(
            dir.resolve("config.json"),
            """
        {"limits": {"shutdownGraceSeconds": %d},
         "rules": [{"match": {"partyId": "%s"}, "outcome": {"httpFault": {"delayMillis": 8000}}}]}"""
                .formatted(GRACE_SECONDS, PAYER));
    try (SpawnedCommand serve =
        SpawnedCommand.start(
            "serve", "--port", "0", "--host", "127.0.0.1", "--config", config.toString())) {
      Matcher listening = serve.awaitStdout(LISTENING);
      String baseUrl = "http://127.0.0.1:" + listening.group(2);
      int port = Integer.parseInt(listening.group(2));
      String token = token(baseUrl);

      List<String> references = new ArrayList<>();
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < IN_FLIGHT; i++) {
        String reference = UUID.randomUUID().toString();
        references.add(reference);
        answers.add(
            client.sendAsync(
                requestToPay(baseUrl, token, reference), HttpResponse.BodyHandlers.ofString()));
      }
      Set<String> notStored = new HashSet<>(references);
      Awaitility.await("all " + IN_FLIGHT + " payments are stored")
          .atMost(DEADLINE)
          .pollInterval(Duration.ofMillis(50))
          .until(
              () -> {
                notStored.removeIf(reference -> status(baseUrl, token, reference) == 200);
                return notStored.isEmpty();
              });
      assertThat(answers).as("every 202 is still held back").noneMatch(CompletableFuture::isDone);

      serve.signalTerm();

      Awaitility.await("a new connection is refused")
          .atMost(DEADLINE)
          .pollInterval(Duration.ofMillis(20))
          .until(() -> refused(port));
      assertThat(answers)
          .as("the answers are still in flight when new connections are refused")
          .noneMatch(CompletableFuture::isDone);
      for (CompletableFuture<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
      }
      assertThat(serve.awaitExit(DEADLINE)).as("exit code within the grace period").contains(0);
      assertThat(String.join("\n", serve.stderrLines()))
          .doesNotContain("Exception")
          .doesNotContain("still running");
    }
  }

  private static boolean refused(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return false;
    } catch (ConnectException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private String token(String baseUrl) throws IOException, InterruptedException {
    PresetUser user = SandboxCalls.COLLECTION;
    String basic = user.apiUser() + ":" + user.apiKey();
    HttpResponse<String> response =
        client.send(
            api(baseUrl, "/collection/token/")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new JsonObject(response.body()).getString("access_token");
  }

  private static HttpRequest requestToPay(String baseUrl, String token, String reference) {
    JsonObject body =
        new JsonObject()
            .put("amount", "100")
            .put("currency", "EUR")
            .put("externalId", "order-1")
            .put("payer", new JsonObject().put("partyIdType", "MSISDN").put("partyId", PAYER))
            .put("payerMessage", "pay")
            .put("payeeNote", "thanks");
    return api(baseUrl, "/collection/v1_0/requesttopay")
        .header("Authorization", "Bearer " + token)
        .header("X-Reference-Id", reference)
        .header("X-Target-Environment", "sandbox")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.encode()))
        .build();
  }

  /** The status GET's HTTP status; -1 when it could not be sent. */
  private int status(String baseUrl, String token, String reference) {
    try {
      return client
          .send(
              api(baseUrl, "/collection/v1_0/requesttopay/" + reference)
                  .header("Authorization", "Bearer " + token)
                  .header("X-Target-Environment", "sandbox")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static HttpRequest.Builder api(String baseUrl, String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(DEADLINE)
        .header("Ocp-Apim-Subscription-Key", SandboxCalls.COLLECTION.subscriptionKey());
  }
}

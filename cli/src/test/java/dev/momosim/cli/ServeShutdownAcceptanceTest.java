package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * 100, and exits 0 within the grace period. A second SIGTERM does not wait for them.
 */
class ServeShutdownAcceptanceTest {
  private static final Pattern LISTENING =
      Pattern.compile("^momo-sim listening on http://([0-9.]+):(\\d+)$");
  private static final int IN_FLIGHT = 100;
  private static final int GRACE_SECONDS = 60;
  private static final Duration DEADLINE = Duration.ofSeconds(GRACE_SECONDS);
  private static final String PAYER = "256700000001";
  private static final int EXIT_ON_SECOND_SIGTERM = 128 + 15;

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void sigtermLetsEveryRequestInFlightFinishRefusesNewConnectionsAndExitsZero(@TempDir Path dir)
      throws Exception {
    try (SpawnedCommand serve = serve(dir)) {
      InFlight inFlight = holdPayments(serve);

      serve.signalTerm();

      Awaitility.await("a new connection is refused")
          .atMost(DEADLINE)
          .pollInterval(Duration.ofMillis(20))
          .until(() -> refused(inFlight.port()));
      assertThat(inFlight.answers())
          .as("the answers are still in flight when new connections are refused")
          .noneMatch(CompletableFuture::isDone);
      for (CompletableFuture<HttpResponse<String>> answer : inFlight.answers()) {
        HttpResponse<String> response = answer.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
      }
      assertThat(serve.awaitExit(DEADLINE)).as("exit code within the grace period").contains(0);
      assertThat(String.join("\n", serve.stderrLines()))
          .doesNotContain("Exception")
          .doesNotContain("still running");
    }
  }

  @Test
  void aSecondSigtermExitsAtOnceWithoutWaitingForTheRequestsInFlight(@TempDir Path dir)
      throws Exception {
    try (SpawnedCommand serve = serve(dir)) {
      InFlight inFlight = holdPayments(serve);

      serve.signalTerm();
      Awaitility.await("the graceful stop has begun")
          .atMost(DEADLINE)
          .pollInterval(Duration.ofMillis(20))
          .until(() -> refused(inFlight.port()));
      serve.signalTerm();

      assertThat(serve.awaitExit(DEADLINE)).contains(EXIT_ON_SECOND_SIGTERM);
      Awaitility.await("the clients see their connections end")
          .atMost(DEADLINE)
          .until(() -> inFlight.answers().stream().allMatch(CompletableFuture::isDone));
      assertThat(inFlight.answers())
          .as("no request in flight was answered: the second signal did not wait for them")
          .allMatch(CompletableFuture::isCompletedExceptionally);
    }
  }

  /** The payments sent, their answers (held back by the rule) and the simulator's port. */
  private record InFlight(int port, List<CompletableFuture<HttpResponse<String>>> answers) {}

  private static SpawnedCommand serve(Path dir) throws IOException {
    // the hold is long enough for 100 requests to be sent and seen stored; the tests check it
    Path config =
        Files.writeString(
            dir.resolve("config.json"),
            """
        {"limits": {"shutdownGraceSeconds": %d},
         "rules": [{"match": {"partyId": "%s"}, "outcome": {"httpFault": {"delayMillis": 8000}}}]}"""
                .formatted(GRACE_SECONDS, PAYER));
    return SpawnedCommand.start(
        "serve", "--port", "0", "--host", "127.0.0.1", "--config", config.toString());
  }

  /** Sends {@link #IN_FLIGHT} request-to-pays and waits until each is stored, still unanswered. */
  private InFlight holdPayments(SpawnedCommand serve) {
    Matcher listening = serve.awaitStdout(LISTENING);
    int port = Integer.parseInt(listening.group(2));
    SandboxCalls calls = new SandboxCalls("http://127.0.0.1:" + port, DEADLINE);
    Set<String> notStored = new HashSet<>();
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < IN_FLIGHT; i++) {
      String reference = UUID.randomUUID().toString();
      notStored.add(reference);
      answers.add(
          client.sendAsync(
              calls.requestToPayRequest(PAYER, reference, null),
              HttpResponse.BodyHandlers.ofString()));
    }
    Awaitility.await("all " + IN_FLIGHT + " payments are stored")
        .atMost(DEADLINE)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              notStored.removeIf(reference -> calls.statusCode(reference) == 200);
              return notStored.isEmpty();
            });
    assertThat(answers).as("every 202 is still held back").noneMatch(CompletableFuture::isDone);
    return new InFlight(port, answers);
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
}

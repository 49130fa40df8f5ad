package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code tokens.clock} (docs/https.md): on the simulator clock, moving the clock an hour expires
 * every token; on the wall clock, tokens a client caches by real time keep working.
 */
@ExtendWith(VertxExtension.class)
class TokenClockAcceptanceTest {
  private static final String KEY = "0c011ec7000000000000000000000001";
  private static final String USER =
      "c0111ec7-0000-4000-8000-000000000001:c011ec7a000000000000000000000001";
  private final HttpClient http = HttpClient.newHttpClient();
  private MomoSimulator simulator;

  @AfterEach
  void stop() throws Exception {
    if (simulator != null) {
      join(simulator.close());
    }
  }

  @Test
  void aTokenOutlivesAClockAdvanceWhenTokensFollowTheWallClock(Vertx vertx) throws Exception {
    simulator =
        join(
            MomoSimulator.start(
                vertx,
                SimulatorConfig.defaults().withPort(0).merge("{\"tokens\":{\"clock\":\"wall\"}}")));
    String token = token();

    join(simulator.control().advanceClock(Duration.ofHours(2)));

    assertThat(balance(token)).isEqualTo(200);
  }

  @Test
  void aTokenExpiresWithAClockAdvanceOnTheSimulatorClockByDefault(Vertx vertx) throws Exception {
    simulator = join(MomoSimulator.start(vertx, SimulatorConfig.defaults().withPort(0)));
    String token = token();

    join(simulator.control().advanceClock(Duration.ofHours(2)));

    assertThat(balance(token)).isEqualTo(401);
  }

  @Test
  void refusesAnUnknownTokenClockNamingTheKey() {
    assertThatThrownBy(() -> SimulatorConfig.defaults().merge("{\"tokens\":{\"clock\":\"moon\"}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tokens.clock");
  }

  private String token() throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/collection/token/"))
                .header("Ocp-Apim-Subscription-Key", KEY)
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder().encodeToString(USER.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
    assertThat(token.find()).as(answer.body()).isTrue();
    return token.group(1);
  }

  private int balance(String token) throws Exception {
    return http.send(
            HttpRequest.newBuilder(
                    URI.create(simulator.baseUrl() + "/collection/v1_0/account/balance"))
                .header("Ocp-Apim-Subscription-Key", KEY)
                .header("X-Target-Environment", "sandbox")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  private static <T> T join(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}

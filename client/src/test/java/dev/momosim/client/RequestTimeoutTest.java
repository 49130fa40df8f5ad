package dev.momosim.client;

import static dev.momosim.client.Futures.await;
import static dev.momosim.client.Futures.awaitFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.exception.MomoTransportException;
import dev.momosim.client.model.RetryPolicy;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class RequestTimeoutTest {

  /** Never finishes the answer, but sends a byte every 100 ms so the connection is never idle. */
  private static void trickle(Vertx vertx, HttpServerResponse response) {
    response.setChunked(true).putHeader("Content-Type", "application/json").write("{");
    long periodic = vertx.setPeriodic(100, tick -> response.write(" "));
    response.closeHandler(closed -> vertx.cancelTimer(periodic));
  }

  @Test
  void failsAnAttemptWhoseAnswerTricklesInPastTheRequestTimeout(Vertx vertx) {
    FakeMomo momo = await(FakeMomo.start(vertx));
    momo.on(
        HttpMethod.GET, "/collection/v1_0/account/balance", ctx -> trickle(vertx, ctx.response()));
    MomoClient client =
        TestClients.builder(momo, vertx)
            .requestTimeout(Duration.ofMillis(500))
            .retryPolicy(RetryPolicy.none())
            .build();
    // The answer never ends and the connection is never idle: only a timeout on the whole
    // attempt ends the call before awaitFailure's deadline (10 s).
    Throwable failure = awaitFailure(client.collections().balance());
    assertThat(failure).isInstanceOf(MomoTransportException.class).hasMessageContaining("500 ms");
  }
}

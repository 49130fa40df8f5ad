package dev.momosim.client.internal;

import static dev.momosim.client.Futures.await;
import static dev.momosim.client.Futures.awaitFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.exception.MomoTransportException;
import dev.momosim.client.model.RetryPolicy;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class RetryExecutorTest {

  private static final MomoTransportException LOST = new MomoTransportException("lost", null, null);

  private final AtomicInteger attempts = new AtomicInteger();

  private Future<String> failing(int number) {
    attempts.incrementAndGet();
    return Future.failedFuture(LOST);
  }

  private static RetryExecutor waitingBeforeEachRetry(Vertx vertx, Duration delay) {
    return new RetryExecutor(
        new ClientLifecycle(vertx), new RetryPolicy(3, delay, delay, 1.0, 0.0));
  }

  @Test
  void makesNoRetryThatWouldStartAfterTheDeadline(Vertx vertx) {
    RetryExecutor retry = waitingBeforeEachRetry(vertx, Duration.ofSeconds(1));
    assertThat(
            awaitFailure(retry.execute("read", this::failing, Deadline.in(Duration.ofMillis(500)))))
        .isSameAs(LOST);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void retriesThatStartBeforeTheDeadlineAreMade(Vertx vertx) {
    RetryExecutor retry = waitingBeforeEachRetry(vertx, Duration.ofMillis(10));
    assertThat(
            awaitFailure(retry.execute("read", this::failing, Deadline.in(Duration.ofSeconds(5)))))
        .isSameAs(LOST);
    assertThat(attempts).hasValue(3);
  }

  @Test
  void failsACallMadeAfterCloseWithoutAttemptingIt(Vertx vertx) {
    ClientLifecycle lifecycle = new ClientLifecycle(vertx);
    RetryExecutor retry = new RetryExecutor(lifecycle, RetryPolicy.defaults());
    lifecycle.close();
    assertThat(awaitFailure(retry.execute("read", this::failing)))
        .isInstanceOf(MomoTransportException.class)
        .hasMessageContaining("client closed");
    assertThat(attempts).hasValue(0);
    assertThat(await(vertx.timer(1))).as("a caller-owned Vert.x stays usable").isNull();
  }
}

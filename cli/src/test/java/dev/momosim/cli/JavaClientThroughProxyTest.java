package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.client.MomoClient;
import dev.momosim.client.MomoClientBuilder;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.exception.MomoTransportException;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.RetryPolicy;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.TransactionStatus;
import dev.momosim.client.product.Product;
import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.control.RequestFilter;
import dev.momosim.simulator.tls.LocalCa;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java client left on MTN's sandbox URL, with the simulator as its proxy and the simulator's CA
 * as its trust, pays and reads through {@code CONNECT} (docs/https.md).
 */
@ExtendWith(VertxExtension.class)
class JavaClientThroughProxyTest {
  @TempDir Path dir;
  private MomoSimulator simulator;
  private Path caCertificate;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    simulator =
        join(
            MomoSimulator.start(
                vertx, SimulatorConfig.defaults().withPort(0).withCaDir(dir.resolve("ca"))));
    caCertificate = dir.resolve("ca.pem");
    Files.writeString(caCertificate, LocalCa.openOrCreate(dir.resolve("ca")).certificatePem());
  }

  @AfterEach
  void stop() throws Exception {
    join(simulator.close());
  }

  @Test
  void theClientOnMtnsSandboxUrlPaysThroughTheSimulatorAsItsProxy(Vertx vertx) throws Exception {
    MomoClient momo = builder(vertx).trustedCertificates(caCertificate).build();
    try {
      String reference =
          join(
              momo.collections()
                  .requestToPay(RequestToPay.of("10", "EUR", Party.msisdn("256774290781"))));
      Transaction paid = join(momo.collections().awaitFinal(reference, Duration.ofSeconds(30)));

      assertThat(paid.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
      assertThat(join(momo.collections().balance()).currency()).isEqualTo("EUR");
      assertThat(join(simulator.control().requests(RequestFilter.ALL)))
          .anySatisfy(
              entry ->
                  assertThat(entry.path()).isEqualTo("/collection/v1_0/requesttopay/" + reference));
    } finally {
      join(momo.close());
    }
  }

  @Test
  void theClientRefusesTheSimulatorsCertificateWithoutTrustingItsCa(Vertx vertx) throws Exception {
    MomoClient momo = builder(vertx).build();
    try {
      assertThatThrownBy(() -> join(momo.collections().balance()))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(MomoTransportException.class);
    } finally {
      join(momo.close());
    }
  }

  @Test
  void refusesAProxyPortOutOfRangeNamingIt() {
    assertThatThrownBy(() -> MomoClient.builder().proxy("127.0.0.1", 70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("proxy port");
  }

  private MomoClientBuilder builder(Vertx vertx) {
    return MomoClient.builder()
        .vertx(vertx)
        .proxy("127.0.0.1", simulator.port())
        .retryPolicy(RetryPolicy.none())
        .credentials(
            Product.COLLECTION,
            "0c011ec7000000000000000000000001",
            "c0111ec7-0000-4000-8000-000000000001",
            "c011ec7a000000000000000000000001");
  }

  private static <T> T join(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }
}

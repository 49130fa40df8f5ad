package dev.momosim.client.examples;

import dev.momosim.client.MomoClient;
import dev.momosim.client.collections.Collections;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import java.time.Duration;
import java.util.concurrent.CompletionException;

/**
 * Blocking use from a plain thread (never from a Vert.x event loop): every call returns a Vert.x
 * {@code Future}, and {@code toCompletionStage().toCompletableFuture().join()} waits for it. The
 * blocking example of docs/client.md is this class.
 */
public final class BlockingExample {

  private BlockingExample() {}

  /** Asks a payer for 100 EUR and waits up to two minutes for the outcome. */
  public static Transaction collect(MomoClient momo, String payerMsisdn) {
    Collections collections = momo.collections();
    String referenceId =
        collections
            .requestToPay(RequestToPay.of("100", "EUR", Party.msisdn(payerMsisdn)))
            .toCompletionStage()
            .toCompletableFuture()
            .join();
    return collections
        .awaitFinal(referenceId, Duration.ofMinutes(2))
        .toCompletionStage()
        .toCompletableFuture()
        .join();
  }

  /** Run with MOMO_BASE_URL and MOMO_COLLECTION_* set, e.g. against a local simulator. */
  public static void main(String[] args) {
    MomoClient momo = MomoClient.fromEnvironment();
    try {
      Transaction transaction = collect(momo, args.length > 0 ? args[0] : "46733123454");
      System.out.println(
          transaction.referenceId()
              + " "
              + transaction.status()
              + transaction.failure().map(reason -> " " + reason.code()).orElse(""));
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof MomoApiException api) {
        System.err.println("MoMo refused: HTTP " + api.status() + " " + api.reason());
      } else {
        throw failed;
      }
    } finally {
      momo.close().toCompletionStage().toCompletableFuture().join();
    }
  }
}

package dev.momosim.cli;

import dev.momosim.client.AwaitTimeoutException;
import dev.momosim.client.MomoApiException;
import dev.momosim.client.MomoClient;
import dev.momosim.client.MomoException;
import dev.momosim.client.MomoTransportException;
import dev.momosim.client.TransactionFailedException;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Runs one client call for a command: waits for it on the command's (non event-loop) thread, lets
 * {@code render} print the result, and turns failures into a line on standard error and the house
 * exit code (3 API error, 4 unreachable, 5 transaction FAILED). The client is closed afterwards.
 */
final class ClientRun {
  private ClientRun() {}

  static <T> int run(
      MomoClient client,
      PrintWriter err,
      Duration patience,
      Function<MomoClient, Future<T>> call,
      ToIntFunction<T> render) {
    try {
      return render.applyAsInt(
          call.apply(client)
              .toCompletionStage()
              .toCompletableFuture()
              .get(patience.toMillis() + 60_000, TimeUnit.MILLISECONDS));
    } catch (ExecutionException e) {
      return report(err, e.getCause() == null ? e : e.getCause());
    } catch (TimeoutException e) {
      err.println("momo-sim: no answer within " + patience);
      return ExitCodes.UNREACHABLE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.SOFTWARE;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("momo-sim: " + e.getMessage());
      return ExitCodes.USAGE;
    } finally {
      try {
        client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        // The answer is decided; a slow close does not change it.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      err.flush();
    }
  }

  private static int report(PrintWriter err, Throwable failure) {
    err.println("momo-sim: " + describe(failure));
    return ExitCodes.forException(failure);
  }

  private static String describe(Throwable failure) {
    if (failure instanceof TransactionFailedException failed) {
      return "transaction FAILED: " + failed.reason().code();
    }
    if (failure instanceof MomoApiException api) {
      // A gateway refusal ({"statusCode","message"}) carries no MoMo code.
      return api.status()
          + (api.rawCode() == null ? "" : " " + api.rawCode())
          + ": "
          + api.apiMessage();
    }
    if (failure instanceof AwaitTimeoutException
        || failure instanceof MomoTransportException
        || failure instanceof MomoException) {
      return failure.getMessage();
    }
    return String.valueOf(failure);
  }
}

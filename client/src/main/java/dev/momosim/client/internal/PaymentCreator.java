package dev.momosim.client.internal;

import dev.momosim.client.exception.MomoConflictException;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.PaymentRequest;
import dev.momosim.client.model.Transaction;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Sends a creating POST (request-to-pay, transfer) idempotently: every attempt carries the same
 * reference id, and a 409 that follows one of our own failed attempts is confirmed with a status
 * read: the same payment means our earlier attempt landed, so the call succeeds. Thread-safe.
 */
final class PaymentCreator {

  private final ApiChannel channel;
  private final String resourcePath;
  private final String partyField;
  private final String defaultCallbackUrl;
  private final Function<String, Future<Transaction>> status;

  PaymentCreator(
      ApiChannel channel,
      String resourcePath,
      String partyField,
      String defaultCallbackUrl,
      Function<String, Future<Transaction>> status) {
    this.channel = channel;
    this.resourcePath = resourcePath;
    this.partyField = partyField;
    this.defaultCallbackUrl = defaultCallbackUrl;
    this.status = status;
  }

  Future<String> create(PaymentRequest payment, CreateOptions options) {
    String referenceId =
        options.referenceId() != null ? options.referenceId() : UUID.randomUUID().toString();
    Map<String, String> headers = new HashMap<>();
    headers.put("X-Reference-Id", referenceId);
    String callbackUrl = options.callbackUrl() != null ? options.callbackUrl() : defaultCallbackUrl;
    if (callbackUrl != null) {
      headers.put("X-Callback-Url", callbackUrl.replace("{referenceId}", referenceId));
    }
    ApiRequest request =
        new ApiRequest(
            HttpMethod.POST,
            resourcePath,
            headers,
            TransactionJson.encode(payment, partyField),
            referenceId);
    return channel.withRetries(
        request.toString(),
        attempt ->
            channel
                .once(request)
                .map(response -> referenceId)
                .recover(
                    failure ->
                        attempt > 1 && failure instanceof MomoConflictException conflict
                            ? confirm(payment, referenceId, conflict)
                            : Future.failedFuture(failure)));
  }

  /**
   * A 409 on a retry: our earlier attempt may have been accepted. The same payment under the id is
   * success; a different one is a real conflict. MoMo answers 409 only for an id it holds, so a
   * status read that cannot see it yet (new payments can take a moment, spec §14.4) counts as
   * accepted, and a read that fails otherwise is reported as itself: a conflict would tell the
   * caller to pay again under a new id, which could charge twice.
   */
  private Future<String> confirm(
      PaymentRequest payment, String referenceId, MomoConflictException conflict) {
    return status
        .apply(referenceId)
        .transform(
            read -> {
              if (read.succeeded()) {
                return SamePayment.test(payment, read.result())
                    ? Future.succeededFuture(referenceId)
                    : Future.failedFuture(conflict);
              }
              return read.cause() instanceof MomoNotFoundException
                  ? Future.succeededFuture(referenceId)
                  : Future.failedFuture(read.cause());
            });
  }
}

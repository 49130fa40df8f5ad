package dev.momosim.client.internal;

import dev.momosim.client.exception.MomoConflictException;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.model.CreateOptions;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sends a creating POST (request-to-pay, transfer, withdrawal, deposit, refund, invoice,
 * pre-approval, payment, cash transfer) idempotently: every attempt carries the same reference id,
 * and a 409 that follows one of our own failed attempts is confirmed with a status read: the same
 * resource means our earlier attempt landed, so the call succeeds. Thread-safe.
 */
final class IdempotentPost {

  private final ApiChannel channel;
  private final String defaultCallbackUrl;

  IdempotentPost(ApiChannel channel, String defaultCallbackUrl) {
    this.channel = channel;
    this.defaultCallbackUrl = defaultCallbackUrl;
  }

  /**
   * @param path the full path of the POST
   * @param body the JSON body
   * @param read reads the resource under a reference id, for confirming a 409
   * @param same whether the stored resource is the one this call sent
   * @return the reference id, once MoMo accepted the request
   */
  <R> Future<String> create(
      String path,
      Buffer body,
      CreateOptions options,
      Function<String, Future<R>> read,
      Predicate<R> same) {
    CreateOptions chosen = options == null ? CreateOptions.defaults() : options;
    String referenceId =
        chosen.referenceId() != null ? chosen.referenceId() : UUID.randomUUID().toString();
    Map<String, String> headers = new HashMap<>();
    headers.put("X-Reference-Id", referenceId);
    String callbackUrl = chosen.callbackUrl() != null ? chosen.callbackUrl() : defaultCallbackUrl;
    if (callbackUrl != null) {
      headers.put("X-Callback-Url", callbackUrl.replace("{referenceId}", referenceId));
    }
    if (chosen.scenario() != null) {
      headers.put("X-Momo-Sim-Scenario", chosen.scenario());
    }
    ApiRequest request = new ApiRequest(HttpMethod.POST, path, headers, body, referenceId);
    return channel.withRetries(
        request.toString(),
        attempt ->
            channel
                .once(request)
                .map(response -> referenceId)
                .recover(
                    failure ->
                        attempt > 1 && failure instanceof MomoConflictException conflict
                            ? confirm(read, same, referenceId, conflict)
                            : Future.failedFuture(failure)));
  }

  /**
   * A 409 on a retry: our earlier attempt may have been accepted. The same resource under the id is
   * success; a different one is a real conflict. MoMo answers 409 only for an id it holds, so a
   * status read that cannot see it yet (new payments can take a moment, spec §14.4) counts as
   * accepted, and a read that fails otherwise is reported as itself: a conflict would tell the
   * caller to pay again under a new id, which could charge twice.
   */
  private static <R> Future<String> confirm(
      Function<String, Future<R>> read,
      Predicate<R> same,
      String referenceId,
      MomoConflictException conflict) {
    return read.apply(referenceId)
        .transform(
            answer -> {
              if (answer.succeeded()) {
                return same.test(answer.result())
                    ? Future.succeededFuture(referenceId)
                    : Future.failedFuture(conflict);
              }
              return answer.cause() instanceof MomoNotFoundException
                  ? Future.succeededFuture(referenceId)
                  : Future.failedFuture(answer.cause());
            });
  }
}

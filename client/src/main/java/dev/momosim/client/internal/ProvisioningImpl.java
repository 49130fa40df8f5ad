package dev.momosim.client.internal;

import dev.momosim.client.exception.MomoConflictException;
import dev.momosim.client.model.Checks;
import dev.momosim.client.provisioning.ApiUser;
import dev.momosim.client.provisioning.Provisioning;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;

/**
 * {@link Provisioning} over an {@link ApiChannel} without token. Creating a user is idempotent like
 * payments: the same id on every attempt, and a 409 after a failed attempt is confirmed by reading
 * the user. Thread-safe.
 */
public final class ProvisioningImpl implements Provisioning {

  private final ApiChannel channel;

  public ProvisioningImpl(ApiChannel channel) {
    this.channel = channel;
  }

  @Override
  public Future<String> createApiUser(String providerCallbackHost) {
    return createApiUser(providerCallbackHost, UUID.randomUUID().toString());
  }

  @Override
  public Future<String> createApiUser(String providerCallbackHost, String referenceId) {
    String host = Checks.notBlank(providerCallbackHost, "provider callback host");
    String id = Checks.uuidV4(referenceId, "API user id");
    ApiRequest request =
        new ApiRequest(
            HttpMethod.POST,
            "/v1_0/apiuser",
            Map.of("X-Reference-Id", id),
            new JsonObject().put("providerCallbackHost", host).toBuffer(),
            id);
    return channel.withRetries(
        request.toString(),
        attempt ->
            channel
                .once(request)
                .map(created -> id)
                .recover(
                    failure ->
                        attempt > 1 && failure instanceof MomoConflictException conflict
                            ? apiUser(id)
                                .transform(
                                    read ->
                                        read.succeeded()
                                                && host.equals(read.result().providerCallbackHost())
                                            ? Future.succeededFuture(id)
                                            : Future.failedFuture(conflict))
                            : Future.failedFuture(failure)));
  }

  @Override
  public Future<ApiUser> apiUser(String userId) {
    String id = Checks.notBlank(userId, "API user id");
    return channel
        .execute(ApiRequest.get("/v1_0/apiuser/" + ProductEndpoints.segment(id), id))
        .map(response -> ResponseJson.apiUser(response, id));
  }

  /** Retried like any call: a lost answer only means the last key issued is the one returned. */
  @Override
  public Future<String> createApiKey(String userId) {
    String id = Checks.notBlank(userId, "API user id");
    ApiRequest request =
        new ApiRequest(
            HttpMethod.POST,
            "/v1_0/apiuser/" + ProductEndpoints.segment(id) + "/apikey",
            Map.of(),
            null,
            id);
    return channel.execute(request).map(ResponseJson::apiKey);
  }
}

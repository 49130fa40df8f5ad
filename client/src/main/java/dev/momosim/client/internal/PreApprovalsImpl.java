package dev.momosim.client.internal;

import dev.momosim.client.collections.AccountHolderIdType;
import dev.momosim.client.collections.PreApproval;
import dev.momosim.client.collections.PreApprovalDetails;
import dev.momosim.client.collections.PreApprovalResult;
import dev.momosim.client.collections.PreApprovals;
import dev.momosim.client.model.Checks;
import dev.momosim.client.model.CreateOptions;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link PreApprovals} over the collection channel. Thread-safe. */
final class PreApprovalsImpl implements PreApprovals {

  private final ApiChannel channel;
  private final IdempotentPost post;
  private final String prefix;

  PreApprovalsImpl(ApiChannel channel, IdempotentPost post) {
    this.channel = channel;
    this.post = post;
    this.prefix = channel.pathPrefix();
  }

  @Override
  public Future<String> create(PreApproval preApproval, CreateOptions options) {
    Objects.requireNonNull(preApproval, "pre-approval must not be null");
    return post.create(
        prefix + "/v2_0/preapproval",
        CollectionJson.preApproval(preApproval),
        options,
        this::status,
        stored ->
            Objects.equals(preApproval.payer(), stored.payer())
                && preApproval
                    .payerCurrency()
                    .equalsIgnoreCase(String.valueOf(stored.payerCurrency())));
  }

  @Override
  public Future<PreApprovalResult> status(String referenceId) {
    String id = Checks.notBlank(referenceId, "reference id");
    return channel
        .execute(ApiRequest.get(prefix + "/v2_0/preapproval/" + ProductEndpoints.segment(id), id))
        .map(response -> CollectionJson.preApprovalResult(response, id));
  }

  @Override
  public Future<List<PreApprovalDetails>> approved(AccountHolderIdType type, String id) {
    Objects.requireNonNull(type, "account holder type must not be null");
    String holder = Checks.notBlank(id, "account holder id");
    return channel
        .execute(
            ApiRequest.get(
                prefix
                    + "/v1_0/preapprovals/"
                    + type.pathSegment()
                    + "/"
                    + ProductEndpoints.segment(holder),
                null))
        .map(CollectionJson::preApprovalList);
  }

  @Override
  public Future<Void> cancel(String preApprovalId) {
    String id = Checks.notBlank(preApprovalId, "preApprovalId");
    return channel
        .execute(
            new ApiRequest(
                HttpMethod.DELETE,
                prefix + "/v1_0/preapproval/" + ProductEndpoints.segment(id),
                Map.of(),
                null,
                id))
        .mapEmpty();
  }
}

package dev.momosim.client.internal;

import dev.momosim.client.exception.TransactionFailedException;
import dev.momosim.client.model.Balance;
import dev.momosim.client.model.BasicUserInfo;
import dev.momosim.client.model.Checks;
import dev.momosim.client.model.ConsentAuthorization;
import dev.momosim.client.model.ConsentRequest;
import dev.momosim.client.model.ConsentToken;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.PaymentRequest;
import dev.momosim.client.model.PollingPolicy;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.UserInfo;
import dev.momosim.client.product.Product;
import dev.momosim.client.product.ProductOperations;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * The operations every product shares, over one {@link ApiChannel}: creating a payment on one
 * resource ({@code v1_0/requesttopay} or {@code v1_0/transfer}), reading and awaiting it, balances
 * and account holders. Subclassed per product only to add the product's interface. Thread-safe.
 */
public class ProductEndpoints implements ProductOperations {

  private final Product product;
  private final ApiChannel channel;
  private final String resourcePath;
  private final Vertx vertx;
  private final PollingPolicy polling;
  private final PaymentCreator creator;
  private final IdempotentPost post;
  private final ConsentEndpoints consent;

  /**
   * @param resource the payment resource under the product, e.g. {@code /v1_0/transfer}
   * @param partyField {@code payer} or {@code payee}
   */
  public ProductEndpoints(
      Product product,
      ApiChannel channel,
      String resource,
      String partyField,
      Vertx vertx,
      PollingPolicy polling,
      String defaultCallbackUrl) {
    this.product = product;
    this.channel = channel;
    this.resourcePath = channel.pathPrefix() + resource;
    this.vertx = vertx;
    this.polling = polling;
    this.post = new IdempotentPost(channel, defaultCallbackUrl);
    this.creator = new PaymentCreator(post, resourcePath, partyField, this::status);
    this.consent = new ConsentEndpoints(channel);
  }

  /** The product's channel, for the operations a product adds. */
  protected ApiChannel channel() {
    return channel;
  }

  /** The idempotent creating POST, for the operations a product adds. */
  IdempotentPost post() {
    return post;
  }

  /**
   * Creates a request-to-pay-like resource at {@code postPath} ({@code partyField} payer or payee)
   * whose status is read at {@code statusPath}.
   */
  protected Future<String> createPayment(
      String postPath,
      String statusPath,
      String partyField,
      PaymentRequest payment,
      CreateOptions options) {
    Objects.requireNonNull(payment, "request must not be null");
    return new PaymentCreator(
            post, postPath, partyField, id -> transaction(statusPath, id, Deadline.NONE))
        .create(payment, options);
  }

  /** Reads a request-to-pay-like resource under {@code path} (the full path without the id). */
  protected Future<Transaction> transaction(String path, String referenceId, Deadline deadline) {
    String id = Checks.notBlank(referenceId, "reference id");
    return channel
        .execute(ApiRequest.get(path + "/" + segment(id), id), deadline)
        .map(response -> TransactionJson.decode(response.body(), id));
  }

  @Override
  public Product product() {
    return product;
  }

  protected Future<String> create(PaymentRequest payment, CreateOptions options) {
    Objects.requireNonNull(payment, "request must not be null");
    return creator.create(payment, options == null ? CreateOptions.defaults() : options);
  }

  @Override
  public Future<Transaction> status(String referenceId) {
    return status(referenceId, Deadline.NONE);
  }

  private Future<Transaction> status(String referenceId, Deadline deadline) {
    return transaction(resourcePath, referenceId, deadline);
  }

  @Override
  public Future<Transaction> awaitFinal(String referenceId, Duration timeout) {
    return awaitTransaction(resourcePath, referenceId, timeout);
  }

  /** As {@link #awaitFinal} for a request-to-pay-like resource read under {@code path}. */
  protected Future<Transaction> awaitTransaction(
      String path, String referenceId, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout must not be null");
    return TransactionPoller.awaitFinal(
        vertx,
        channel.lifecycle(),
        polling,
        deadline -> transaction(path, referenceId, deadline),
        referenceId,
        timeout);
  }

  @Override
  public Future<Transaction> awaitSuccessful(String referenceId, Duration timeout) {
    return awaitFinal(referenceId, timeout)
        .compose(
            transaction ->
                transaction.isSuccessful()
                    ? Future.succeededFuture(transaction)
                    : Future.failedFuture(new TransactionFailedException(transaction)));
  }

  @Override
  public Future<Balance> balance() {
    return channel
        .execute(ApiRequest.get(channel.pathPrefix() + "/v1_0/account/balance", null))
        .map(ResponseJson::balance);
  }

  @Override
  public Future<Balance> balance(String currency) {
    String code = Checks.currency(currency);
    return channel
        .execute(ApiRequest.get(channel.pathPrefix() + "/v1_0/account/balance/" + code, null))
        .map(ResponseJson::balance);
  }

  @Override
  public Future<Boolean> isAccountHolderActive(Party accountHolder) {
    return channel
        .execute(ApiRequest.get(accountHolderPath(accountHolder) + "/active", null))
        .map(ResponseJson::result);
  }

  @Override
  public Future<BasicUserInfo> basicUserInfo(Party accountHolder) {
    return channel
        .execute(ApiRequest.get(accountHolderPath(accountHolder) + "/basicuserinfo", null))
        .map(ResponseJson::basicUserInfo);
  }

  @Override
  public Future<ConsentAuthorization> bcAuthorize(ConsentRequest request) {
    return consent.bcAuthorize(request);
  }

  @Override
  public Future<ConsentToken> consentToken(String authReqId) {
    return consent.consentToken(authReqId);
  }

  @Override
  public Future<ConsentToken> awaitConsentToken(
      ConsentAuthorization authorization, Duration timeout) {
    return consent.awaitConsentToken(authorization, timeout);
  }

  @Override
  public Future<ConsentToken> refreshConsentToken(String refreshToken) {
    return consent.refreshConsentToken(refreshToken);
  }

  @Override
  public Future<UserInfo> userInfo(ConsentToken consentToken) {
    Objects.requireNonNull(consentToken, "consent token must not be null");
    return consent.userInfo(consentToken.accessToken());
  }

  private String accountHolderPath(Party party) {
    Objects.requireNonNull(party, "account holder must not be null");
    return channel.pathPrefix()
        + "/v1_0/accountholder/"
        + party.type().pathSegment()
        + "/"
        + segment(party.id());
  }

  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

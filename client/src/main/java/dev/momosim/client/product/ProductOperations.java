package dev.momosim.client.product;

import dev.momosim.client.exception.AwaitTimeoutException;
import dev.momosim.client.exception.ConsentPendingException;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.TransactionFailedException;
import dev.momosim.client.model.Balance;
import dev.momosim.client.model.BasicUserInfo;
import dev.momosim.client.model.ConsentAuthorization;
import dev.momosim.client.model.ConsentRequest;
import dev.momosim.client.model.ConsentToken;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.UserInfo;
import io.vertx.core.Future;
import java.time.Duration;

/**
 * What every product offers: transaction status and awaiting, balance and account-holder checks.
 * Obtain one with {@link dev.momosim.client.MomoClient#product(Product)} or through {@code
 * collections()}, {@code disbursements()} and {@code remittances()}.
 *
 * <p>Thread-safe. Every method returns at once; a failed {@code Future} carries a {@link
 * MomoException} (see there for the kinds). Never blocks the calling thread.
 */
public interface ProductOperations {

  /** The product these operations belong to. */
  Product product();

  /**
   * Reads the status of a request-to-pay (collections) or transfer. A FAILED transaction is a
   * successful read: look at {@link Transaction#failure()}. Fails with {@link
   * MomoNotFoundException} for an unknown reference id.
   */
  Future<Transaction> status(String referenceId);

  /**
   * Polls {@link #status(String)} with backoff until the transaction is SUCCESSFUL or FAILED. A 404
   * or CREATED right after the 202 is tolerated. Fails with {@link AwaitTimeoutException} when not
   * final within {@code timeout}.
   */
  Future<Transaction> awaitFinal(String referenceId, Duration timeout);

  /**
   * Like {@link #awaitFinal(String, Duration)} but fails with {@link TransactionFailedException}
   * (carrying the reason and the transaction) when the transaction ends FAILED.
   */
  Future<Transaction> awaitSuccessful(String referenceId, Duration timeout);

  /** The available balance of the merchant account in its default currency. */
  Future<Balance> balance();

  /** The available balance in the given currency. */
  Future<Balance> balance(String currency);

  /** Whether the account holder exists and is active ({@code {"result":true}}). */
  Future<Boolean> isAccountHolderActive(Party accountHolder);

  /** The account holder's basic information (name, birth date, locale). */
  Future<BasicUserInfo> basicUserInfo(Party accountHolder);

  /**
   * Asks an account holder for consent ({@code POST v1_0/bc-authorize}, a form, with the product
   * token). Then exchange {@link ConsentAuthorization#authReqId()} with {@link #consentToken} or
   * {@link #awaitConsentToken}.
   */
  Future<ConsentAuthorization> bcAuthorize(ConsentRequest request);

  /** As {@link #bcAuthorize(ConsentRequest)} with MoMo's defaults for the optional fields. */
  default Future<ConsentAuthorization> bcAuthorize(
      String loginHint, String scope, ConsentRequest.AccessType accessType) {
    return bcAuthorize(ConsentRequest.of(loginHint, scope, accessType));
  }

  /**
   * Exchanges a consent grant for a consent token ({@code POST oauth2/token/} with the CIBA grant
   * and the API user's Basic credentials). Sent once, never retried. While the account holder has
   * not decided it fails with {@link ConsentPendingException}; a refusal or an expired grant is a
   * {@link MomoApiException} with the raw code (e.g. {@code access_denied}, {@code expired_token}).
   */
  Future<ConsentToken> consentToken(String authReqId);

  /**
   * Polls {@link #consentToken(String)} every {@link ConsentAuthorization#interval()} (five seconds
   * longer after each {@code slow_down}) until the account holder consented. Fails with {@link
   * AwaitTimeoutException} when no token came within {@code timeout} (a request in flight at the
   * deadline is still answered first), and at once with any failure other than pending.
   */
  Future<ConsentToken> awaitConsentToken(ConsentAuthorization authorization, Duration timeout);

  /** A new consent token for a refresh token ({@code grant_type=refresh_token}); sent once. */
  Future<ConsentToken> refreshConsentToken(String refreshToken);

  /**
   * What the account holder consented to share ({@code GET oauth2/v1_0/userinfo}, authorised by the
   * consent token instead of the product token).
   */
  Future<UserInfo> userInfo(ConsentToken consentToken);
}

package dev.momosim.client.product;

import dev.momosim.client.exception.AwaitTimeoutException;
import dev.momosim.client.exception.TransactionFailedException;
import dev.momosim.client.model.Balance;
import dev.momosim.client.model.BasicUserInfo;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
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
}

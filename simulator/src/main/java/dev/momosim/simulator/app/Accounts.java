package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.LedgerStore;
import dev.momosim.simulator.behaviour.AccountHolderAnswer;
import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.ForgottenWallets;
import dev.momosim.simulator.domain.LedgerAccounts;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Balances and account holders (momo-api.md §5 C8-C11): a product's partner balance, lookups of
 * account holders, and the ledger as the control API shows and sets it. Balances are read after the
 * clock's due work has settled. Thread-safe.
 */
public final class Accounts {
  /** Which id types an account-holder lookup accepts (lower case, as in the path). */
  public enum Lookup {
    ACTIVE(Set.of("msisdn", "email", "party_code")),
    BASIC_USER_INFO(Set.of("msisdn", "email", "party_code", "alias", "id"));

    private final Set<String> idTypes;

    Lookup(Set<String> idTypes) {
      this.idTypes = idTypes;
    }
  }

  /** How many accounts {@link #accounts()} and {@link #setBalance} answer with: one page. */
  public static final int FIRST_PAGE = 1000;

  private final LedgerStore ledger;
  private final Time time;
  private final Behaviours behaviours;
  private final PaymentSettings settings;

  public Accounts(LedgerStore ledger, Time time, Behaviours behaviours, PaymentSettings settings) {
    this.ledger = ledger;
    this.time = time;
    this.behaviours = behaviours;
    this.settings = settings;
  }

  /**
   * The product's available balance in the environment's currency.
   *
   * @param currency the currency asked for in the path, or null; another currency than the
   *     environment's fails INVALID_CURRENCY
   */
  public Future<BigDecimal> partnerBalance(Product product, String currency) {
    if (currency != null && !currency.equals(settings.currency())) {
      return Future.failedFuture(MomoException.invalidCurrency(settings.invalidCurrencyStatus()));
    }
    return time.settleDue()
        .compose(settled -> ledger.balance(LedgerAccounts.partnerAccount(product)));
  }

  /** The environment's currency. */
  public String currency() {
    return settings.currency();
  }

  /**
   * The configured answer for an account holder: active or not, or the error it is configured to
   * answer with (thrown).
   *
   * @throws MomoException 400 for an id type the lookup does not accept or a blank id, or the
   *     configured error
   */
  public AccountHolderAnswer accountHolder(Lookup lookup, String idType, String id) {
    if (!lookup.idTypes.contains(idType.toLowerCase(Locale.ROOT))) {
      throw MomoException.badRequest(
          "accountHolderIdType must be one of " + lookup.idTypes + ", was: " + idType);
    }
    if (id.isBlank()) {
      throw MomoException.badRequest("accountHolderId must not be blank.");
    }
    AccountHolderAnswer answer = behaviours.accountHolder(id);
    if (answer.isError()) {
      throw new MomoException(answer.errorStatus(), answer.errorCode(), answer.errorMessage());
    }
    return answer;
  }

  /** The first {@value #FIRST_PAGE} accounts of {@link #accounts(String, int)}. */
  public Future<List<AccountBalance>> accounts() {
    return accounts(null, FIRST_PAGE);
  }

  /**
   * At most {@code limit} accounts sorted by key, each after {@code after} (null: from the first):
   * the wallets the ledger keeps and every partner account even if untouched.
   */
  public Future<List<AccountBalance>> accounts(String after, int limit) {
    return time.settleDue()
        .compose(settled -> ledger.accounts(after, limit))
        .compose(kept -> withPartnerAccounts(kept, after, limit));
  }

  /** What wallet retention has forgotten since the start or the last reset. */
  public Future<ForgottenWallets> forgottenWallets() {
    return ledger.forgotten();
  }

  /**
   * The page with the partner accounts that fall in it. Every kept key up to the last one the
   * ledger gave is in {@code kept}, so a partner key below it (or any, when the ledger gave less
   * than a page) belongs among them.
   */
  private Future<List<AccountBalance>> withPartnerAccounts(
      List<AccountBalance> kept, String after, int limit) {
    Map<String, AccountBalance> byKey = new TreeMap<>();
    kept.forEach(account -> byKey.put(account.account(), account));
    String bound = kept.size() < limit ? null : kept.get(kept.size() - 1).account();
    Future<Void> chain = Future.succeededFuture();
    for (Product product : Product.values()) {
      String key = LedgerAccounts.partnerAccount(product);
      if (!byKey.containsKey(key)
          && (after == null || key.compareTo(after) > 0)
          && (bound == null || key.compareTo(bound) < 0)) {
        chain =
            chain.compose(
                done ->
                    ledger
                        .balance(key)
                        .map(
                            balance -> {
                              byKey.put(key, new AccountBalance(key, balance, balance));
                              return null;
                            }));
      }
    }
    return chain.map(
        done -> {
          List<AccountBalance> page = new ArrayList<>(byKey.values());
          return page.size() > limit ? page.subList(0, limit) : page;
        });
  }

  /**
   * Sets one account's balance (money brought in from outside).
   *
   * @param account any form {@link LedgerAccounts#accountKey} accepts, else 400
   * @param balance checked by the one amount rule ({@link Amounts}), else 400
   */
  public Future<List<AccountBalance>> setBalance(String account, BigDecimal balance) {
    String key;
    try {
      key = LedgerAccounts.accountKey(account);
      Amounts.check("balance", balance);
    } catch (MomoException e) {
      return Future.failedFuture(e);
    }
    return ledger.setBalance(key, balance).compose(set -> accounts());
  }
}

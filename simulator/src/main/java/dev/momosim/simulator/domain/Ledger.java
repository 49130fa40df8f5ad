package dev.momosim.simulator.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Balances of the partner accounts (one per product) and of payer / payee wallets. Money only moves
 * between two accounts, so the sum of all balances equals the sum of all opening balances. A wallet
 * opens at its configured balance the first time it is touched. Thread-safe and lock-free.
 */
public final class Ledger {
  private static final String PARTNER = "PARTNER:";
  private final Function<String, BigDecimal> openingBalanceOf;
  private final ConcurrentHashMap<String, BigDecimal> balances = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, BigDecimal> openings = new ConcurrentHashMap<>();

  /**
   * @param openingBalanceOf the balance an account opens with, by account key
   */
  public Ledger(Function<String, BigDecimal> openingBalanceOf) {
    this.openingBalanceOf = Objects.requireNonNull(openingBalanceOf, "openingBalanceOf");
  }

  public static String partnerAccount(Product product) {
    return PARTNER + product.pathName();
  }

  /**
   * The ledger key of an account a person names: {@code PARTNER:collection} (any product) or a
   * wallet such as {@code MSISDN:256770000001}, {@code EMAIL:...}, {@code PARTY_CODE:...}; the type
   * in any case.
   *
   * @throws MomoException 400 listing the accepted forms when it is none of them
   */
  public static String accountKey(String account) {
    int colon = account == null ? -1 : account.indexOf(':');
    if (colon > 0 && !account.substring(colon + 1).isBlank()) {
      String type = account.substring(0, colon).toUpperCase(Locale.ROOT);
      String id = account.substring(colon + 1);
      if ((type + ":").equals(PARTNER)) {
        return Product.fromPathName(id)
            .map(Ledger::partnerAccount)
            .orElseThrow(() -> unknownAccount(account));
      }
      if (Party.TYPES.contains(type)) {
        return new Party(type, id).walletKey();
      }
    }
    throw unknownAccount(account);
  }

  public BigDecimal balance(String account) {
    return open(account);
  }

  /**
   * Moves {@code amount} from one account to another if the source holds enough.
   *
   * @return false, and nothing moved, when the source's balance is smaller than the amount
   */
  public boolean move(String from, String to, BigDecimal amount) {
    open(from);
    open(to);
    boolean[] debited = {false};
    balances.computeIfPresent(
        from,
        (key, balance) -> {
          if (balance.compareTo(amount) < 0) {
            return balance;
          }
          debited[0] = true;
          return balance.subtract(amount);
        });
    if (debited[0]) {
      balances.merge(to, amount, BigDecimal::add);
    }
    return debited[0];
  }

  /**
   * Sets a balance by hand (control API). The opening balance moves by the same difference, so the
   * ledger stays balanced: this is money brought in from outside, not moved.
   *
   * @param account any form {@link #accountKey} accepts
   * @throws MomoException 400 when {@link #accountKey} refuses the account
   */
  public void setBalance(String account, BigDecimal balance) {
    String key = accountKey(account);
    open(key);
    BigDecimal[] difference = {BigDecimal.ZERO};
    balances.compute(
        key,
        (ignored, old) -> {
          difference[0] = balance.subtract(old);
          return balance;
        });
    openings.merge(key, difference[0], BigDecimal::add);
  }

  /** Every opened account with its opening and current balance, sorted by key. */
  public Map<String, AccountBalance> accounts() {
    Map<String, AccountBalance> result = new TreeMap<>();
    balances.forEach(
        (key, balance) -> result.put(key, new AccountBalance(key, openings.get(key), balance)));
    return result;
  }

  public void clear() {
    balances.clear();
    openings.clear();
  }

  private BigDecimal open(String account) {
    return balances.computeIfAbsent(
        account,
        key -> {
          BigDecimal opening = openingBalanceOf.apply(key);
          openings.put(key, opening);
          return opening;
        });
  }

  private static MomoException unknownAccount(String account) {
    StringBuilder forms = new StringBuilder();
    for (Product product : Product.values()) {
      forms.append(partnerAccount(product)).append(", ");
    }
    Party.TYPES.stream().sorted().forEach(type -> forms.append(type).append(":<id>, "));
    return MomoException.badRequest(
        "account must be one of "
            + forms.substring(0, forms.length() - 2)
            + " (the type in any case), was: "
            + account);
  }

  /** One account's opening and current balance. */
  public record AccountBalance(String account, BigDecimal opening, BigDecimal balance) {}
}

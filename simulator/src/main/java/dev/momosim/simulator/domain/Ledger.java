package dev.momosim.simulator.domain;

import java.math.BigDecimal;
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
  private final Function<String, BigDecimal> openingBalanceOf;
  private final ConcurrentHashMap<String, BigDecimal> balances = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, BigDecimal> openings = new ConcurrentHashMap<>();

  /** @param openingBalanceOf the balance an account opens with, by account key */
  public Ledger(Function<String, BigDecimal> openingBalanceOf) {
    this.openingBalanceOf = Objects.requireNonNull(openingBalanceOf, "openingBalanceOf");
  }

  public static String partnerAccount(Product product) {
    return "PARTNER:" + product.pathName();
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
    balances.computeIfPresent(from, (key, balance) -> {
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
   */
  public void setBalance(String account, BigDecimal balance) {
    open(account);
    BigDecimal[] difference = {BigDecimal.ZERO};
    balances.compute(account, (key, old) -> {
      difference[0] = balance.subtract(old);
      return balance;
    });
    openings.merge(account, difference[0], BigDecimal::add);
  }

  /** Every opened account with its opening and current balance, sorted by key. */
  public Map<String, AccountBalance> accounts() {
    Map<String, AccountBalance> result = new TreeMap<>();
    balances.forEach((key, balance) -> result.put(key, new AccountBalance(key, openings.get(key), balance)));
    return result;
  }

  public void clear() {
    balances.clear();
    openings.clear();
  }

  private BigDecimal open(String account) {
    return balances.computeIfAbsent(account, key -> {
      BigDecimal opening = openingBalanceOf.apply(key);
      openings.put(key, opening);
      return opening;
    });
  }

  /** One account's opening and current balance. */
  public record AccountBalance(String account, BigDecimal opening, BigDecimal balance) {}
}

package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.LedgerStore;
import dev.momosim.simulator.domain.AccountBalance;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Balances in concurrent maps. A debit is one atomic compute on the source's entry, so concurrent
 * moves never overdraw an account. Thread-safe and lock-free; every Future is complete on return.
 */
public final class InMemoryLedger implements LedgerStore {
  private final Function<String, BigDecimal> openingBalanceOf;
  private final ConcurrentHashMap<String, BigDecimal> balances = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, BigDecimal> openings = new ConcurrentHashMap<>();

  /**
   * @param openingBalanceOf the balance an account opens with, by account key
   */
  public InMemoryLedger(Function<String, BigDecimal> openingBalanceOf) {
    this.openingBalanceOf = Objects.requireNonNull(openingBalanceOf, "openingBalanceOf");
  }

  @Override
  public Future<BigDecimal> balance(String account) {
    return Future.succeededFuture(open(account));
  }

  @Override
  public Future<Boolean> transfer(String from, String to, BigDecimal amount) {
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
    return Future.succeededFuture(debited[0]);
  }

  @Override
  public Future<AccountBalance> setBalance(String account, BigDecimal balance) {
    open(account);
    BigDecimal[] difference = {BigDecimal.ZERO};
    balances.compute(
        account,
        (ignored, old) -> {
          difference[0] = balance.subtract(old);
          return balance;
        });
    BigDecimal opening = openings.merge(account, difference[0], BigDecimal::add);
    return Future.succeededFuture(new AccountBalance(account, opening, balance));
  }

  @Override
  public Future<List<AccountBalance>> accounts(int limit) {
    Map<String, AccountBalance> sorted = new TreeMap<>();
    balances.forEach(
        (key, balance) -> sorted.put(key, new AccountBalance(key, openings.get(key), balance)));
    List<AccountBalance> result = new ArrayList<>(sorted.values());
    return Future.succeededFuture(result.size() > limit ? result.subList(0, limit) : result);
  }

  @Override
  public Future<Void> clear() {
    balances.clear();
    openings.clear();
    return Future.succeededFuture();
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
}

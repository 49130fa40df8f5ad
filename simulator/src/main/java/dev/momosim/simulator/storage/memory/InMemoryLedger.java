package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.LedgerStore;
import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.ForgottenWallets;
import dev.momosim.simulator.domain.LedgerAccounts;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Balances in a concurrent map. A debit is one atomic compute on the source's entry, so concurrent
 * moves never overdraw an account. Reading a balance stores nothing: a wallet is stored when money
 * first moves in or out of it or it is set.
 *
 * <p>Retention: beyond {@code maxWallets} stored wallets, the least recently used one is forgotten
 * on the next store of a new wallet (an approximation of LRU: wallets are swept oldest first, and
 * one that money moved in or out of since the last sweep gets a second chance; a sweep looks at
 * most at {@value #SWEEP} wallets, and forgets the last it looked at if all had a second chance). A
 * forgotten wallet goes back to its configured opening balance; what it held beyond its opening
 * balance is added to {@link #forgotten()}, so the ledger still adds up. Partner accounts are never
 * forgotten. Thread-safe and lock-free; every Future is complete on return.
 */
public final class InMemoryLedger implements LedgerStore {
  private static final int SWEEP = 8;

  /**
   * One stored account.
   *
   * @param configured the opening balance it was created with, from the configuration
   * @param used whether money moved in or out of it (or it was set) since it was stored or swept
   */
  private record Account(
      BigDecimal balance, BigDecimal opening, BigDecimal configured, boolean used) {
    Account at(BigDecimal newBalance, BigDecimal newOpening) {
      return new Account(newBalance, newOpening, configured, true);
    }

    /** What it holds beyond its opening balance. */
    BigDecimal held() {
      return balance.subtract(opening);
    }

    /** Whether it differs in nothing from a wallet never opened. */
    boolean pristine() {
      return balance.compareTo(configured) == 0 && opening.compareTo(configured) == 0;
    }
  }

  private final Function<String, BigDecimal> openingBalanceOf;
  private final int maxWallets;
  private final ConcurrentHashMap<String, Account> accounts = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> walletsOldestFirst = new ConcurrentLinkedQueue<>();
  private final AtomicInteger wallets = new AtomicInteger();
  private final AtomicReference<ForgottenWallets> forgotten =
      new AtomicReference<>(ForgottenWallets.NONE);

  /**
   * A ledger that keeps every wallet.
   *
   * @param openingBalanceOf the balance an account opens with, by account key
   */
  public InMemoryLedger(Function<String, BigDecimal> openingBalanceOf) {
    this(openingBalanceOf, Integer.MAX_VALUE);
  }

  /**
   * @param openingBalanceOf the balance an account opens with, by account key
   * @param maxWallets beyond this many stored wallets, the least recently used is forgotten
   */
  public InMemoryLedger(Function<String, BigDecimal> openingBalanceOf, int maxWallets) {
    this.openingBalanceOf = Objects.requireNonNull(openingBalanceOf, "openingBalanceOf");
    if (maxWallets < 1) {
      throw new IllegalArgumentException("maxWallets must be at least 1, was " + maxWallets);
    }
    this.maxWallets = maxWallets;
  }

  @Override
  public Future<BigDecimal> balance(String account) {
    Account stored = accounts.get(account);
    return Future.succeededFuture(
        stored != null ? stored.balance() : openingBalanceOf.apply(account));
  }

  @Override
  public Future<Boolean> transfer(String from, String to, BigDecimal amount) {
    boolean[] debited = {false};
    accounts.compute(
        from,
        (key, stored) -> {
          Account account = stored != null ? stored : fresh(key);
          debited[0] = account.balance().compareTo(amount) >= 0;
          if (!debited[0]) {
            return stored; // nothing moved: an unopened wallet stays unstored
          }
          return kept(
              key, stored, account.at(account.balance().subtract(amount), account.opening()));
        });
    if (debited[0]) {
      accounts.compute(
          to,
          (key, stored) -> {
            Account account = stored != null ? stored : fresh(key);
            return kept(key, stored, account.at(account.balance().add(amount), account.opening()));
          });
      forgetBeyondCap();
    }
    return Future.succeededFuture(debited[0]);
  }

  @Override
  public Future<AccountBalance> setBalance(String account, BigDecimal balance) {
    Account[] set = {null};
    accounts.compute(
        account,
        (key, stored) -> {
          Account current = stored != null ? stored : fresh(key);
          BigDecimal difference = balance.subtract(current.balance());
          set[0] = current.at(balance, current.opening().add(difference));
          return kept(key, stored, set[0]);
        });
    forgetBeyondCap();
    return Future.succeededFuture(new AccountBalance(account, set[0].opening(), balance));
  }

  @Override
  public Future<List<AccountBalance>> accounts(String after, int limit) {
    Firsts<Map.Entry<String, Account>> page = new Firsts<>(Map.Entry.comparingByKey(), limit);
    for (Map.Entry<String, Account> entry : accounts.entrySet()) {
      if (after == null || entry.getKey().compareTo(after) > 0) {
        page.offer(Map.entry(entry.getKey(), entry.getValue()));
      }
    }
    return Future.succeededFuture(
        page.sorted().stream()
            .map(
                entry ->
                    new AccountBalance(
                        entry.getKey(), entry.getValue().opening(), entry.getValue().balance()))
            .toList());
  }

  @Override
  public Future<ForgottenWallets> forgotten() {
    return Future.succeededFuture(forgotten.get());
  }

  /** Every kept account, sorted by key. */
  List<AccountBalance> all() {
    return accounts(Integer.MAX_VALUE).result();
  }

  /** Replaces every account and the forgotten wallets' count with the image's. */
  void restore(List<AccountBalance> image, ForgottenWallets forgottenWallets) {
    clear();
    for (AccountBalance kept : image) {
      Account account =
          new Account(
              kept.balance(), kept.opening(), openingBalanceOf.apply(kept.account()), false);
      accounts.put(kept.account(), account);
      if (isWallet(kept.account())) {
        wallets.incrementAndGet();
        walletsOldestFirst.add(kept.account());
      }
    }
    forgotten.set(forgottenWallets);
  }

  /** How many wallets are stored now. */
  public int walletCount() {
    return wallets.get();
  }

  @Override
  public Future<Void> clear() {
    accounts.clear();
    walletsOldestFirst.clear();
    wallets.set(0);
    forgotten.set(ForgottenWallets.NONE);
    return Future.succeededFuture();
  }

  private Account fresh(String key) {
    BigDecimal opening = openingBalanceOf.apply(key);
    return new Account(opening, opening, opening, false);
  }

  /**
   * Inside the key's compute: a wallet stored for the first time joins the sweep's queue, not yet
   * marked used (it is the newest there).
   */
  private Account kept(String key, Account stored, Account next) {
    if (stored == null && isWallet(key)) {
      wallets.incrementAndGet();
      walletsOldestFirst.add(key);
      return new Account(next.balance(), next.opening(), next.configured(), false);
    }
    return next;
  }

  private static boolean isWallet(String key) {
    return LedgerAccounts.partnerProduct(key).isEmpty();
  }

  private void forgetBeyondCap() {
    while (wallets.get() > maxWallets && sweep()) {
      // each sweep forgets one wallet, or clears the used marks of those it looked at
    }
  }

  /**
   * Looks at the oldest wallets: forgets the first that was not used since it was last looked at
   * (or is pristine), else the last one looked at.
   *
   * @return false when there was nothing to look at
   */
  private boolean sweep() {
    for (int probe = 1; probe <= SWEEP; probe++) {
      String key = walletsOldestFirst.poll();
      if (key == null) {
        return false;
      }
      Account account = accounts.get(key);
      if (account == null) {
        continue; // gone with a clear
      }
      if (account.used() && !account.pristine() && probe < SWEEP) {
        accounts.replace(
            key,
            account,
            new Account(account.balance(), account.opening(), account.configured(), false));
        walletsOldestFirst.add(key); // a second chance
      } else if (accounts.remove(key, account)) {
        wallets.decrementAndGet();
        if (!account.pristine()) {
          forgotten.updateAndGet(sum -> sum.plus(account.held()));
        }
        return true;
      } else {
        walletsOldestFirst.add(key); // money moved meanwhile: it was just used
      }
    }
    return true;
  }
}

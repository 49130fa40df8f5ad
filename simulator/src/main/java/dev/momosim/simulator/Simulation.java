package dev.momosim.simulator;

import dev.momosim.simulator.behaviour.Behaviour;
import dev.momosim.simulator.config.PresetUser;
import dev.momosim.simulator.domain.ApiUsers;
import dev.momosim.simulator.domain.InMemoryTransactionStore;
import dev.momosim.simulator.domain.Ledger;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Scheduler;
import dev.momosim.simulator.domain.SimulatorClock;
import dev.momosim.simulator.domain.Tokens;
import dev.momosim.simulator.domain.TransactionStore;
import java.math.BigDecimal;
import java.time.Clock;

/**
 * Everything one simulator holds: configuration, clock, provisioning, tokens, payments, ledger and
 * behaviour, wired together. {@link #reset()} returns it to the configured start state.
 */
public final class Simulation {
  private final SimulatorConfig config;
  private final SimulatorClock clock;
  private final Scheduler scheduler = new Scheduler();
  private final ApiUsers apiUsers = new ApiUsers();
  private final Tokens tokens = new Tokens();
  private final TransactionStore store;
  private final Ledger ledger;
  private final Behaviour behaviour;
  private final Payments payments;

  public Simulation(SimulatorConfig config, Clock baseClock) {
    this.config = config;
    this.clock = new SimulatorClock(baseClock);
    this.store = new InMemoryTransactionStore(config.retainedTransactions());
    this.ledger = new Ledger(this::openingBalance);
    this.behaviour = new Behaviour(config.ruleSet(), config.approvalMode());
    this.payments =
        new Payments(clock, scheduler, store, ledger, behaviour, config.paymentSettings());
    provisionPresetUsers();
  }

  /**
   * Forgets every transaction, token, balance change, rule change and API user not in the config.
   */
  public void reset() {
    scheduler.clear();
    store.clear();
    ledger.clear();
    tokens.expireAll();
    apiUsers.clear();
    clock.reset();
    behaviour.replaceRules(config.ruleSet().rules());
    behaviour.approvalMode(config.approvalMode());
    provisionPresetUsers();
  }

  private void provisionPresetUsers() {
    for (PresetUser preset : config.presetUsers()) {
      apiUsers.create(preset.id(), preset.providerCallbackHost(), preset.product());
      apiUsers.fixKey(preset.id(), preset.apiKey());
    }
  }

  private BigDecimal openingBalance(String account) {
    for (Product product : Product.values()) {
      if (account.equals(Ledger.partnerAccount(product))) {
        return config.partnerOpeningBalance(product);
      }
    }
    return config.walletOpeningBalance(account.substring(account.indexOf(':') + 1));
  }

  public SimulatorConfig config() {
    return config;
  }

  public SimulatorClock clock() {
    return clock;
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  public ApiUsers apiUsers() {
    return apiUsers;
  }

  public Tokens tokens() {
    return tokens;
  }

  public Ledger ledger() {
    return ledger;
  }

  public Behaviour behaviour() {
    return behaviour;
  }

  public Payments payments() {
    return payments;
  }
}

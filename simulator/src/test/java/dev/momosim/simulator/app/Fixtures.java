package dev.momosim.simulator.app;

import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.config.PresetUser;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Party;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.SimulatorClock;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** An in-memory store, a clock standing at {@link #START}, rules from JSON and requests. */
final class Fixtures {
  static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

  /** Every partner account opens with this much. */
  static final BigDecimal PARTNER_OPENING = new BigDecimal("1000");

  /** Every wallet opens with this much. */
  static final BigDecimal WALLET_OPENING = new BigDecimal("100");

  /** EUR only; a payer short of money fails a request-to-pay with PAYER_LIMIT_REACHED. */
  static final PaymentSettings PAYMENTS =
      new PaymentSettings("EUR", 500, Duration.ofMinutes(10), "PAYER_LIMIT_REACHED");

  /** The default configuration's preset collection user. */
  static final PresetUser PRESET_COLLECTION_USER =
      SimulatorConfig.defaults().presetUsers().stream()
          .filter(user -> user.product() == Product.COLLECTION)
          .findFirst()
          .orElseThrow();

  private Fixtures() {}

  static InMemoryStore store() {
    return store(List.of(), ApprovalMode.AUTO);
  }

  static InMemoryStore store(List<Rule> rules, ApprovalMode mode) {
    return new InMemoryStore(
        new InMemoryStore.Settings(
            10_000,
            1000,
            1000,
            account -> account.startsWith("PARTNER:") ? PARTNER_OPENING : WALLET_OPENING,
            rules,
            mode));
  }

  /** A time whose base clock stands still at {@link #START}: only moves of the clock move it. */
  static Time time(SimulatorStore store) {
    return new Time(
        new SimulatorClock(Clock.fixed(START, ZoneOffset.UTC)),
        new Scheduler(store.work()),
        store.clock(),
        store.changes());
  }

  /** The rules of a rule file's {@code "rules"} array. */
  static List<Rule> rules(String json) {
    return new RuleFileParser(Map.<String, Long>of()::get).parse(json).rules();
  }

  static PaymentRequest requestToPay(String referenceId, String msisdn, String amount) {
    return request(Product.COLLECTION, Operation.REQUEST_TO_PAY, referenceId, msisdn, amount, null);
  }

  static PaymentRequest request(
      Product product,
      Operation operation,
      String referenceId,
      String msisdn,
      String amount,
      String callbackUrl) {
    return new PaymentRequest(
        product,
        operation,
        referenceId,
        PRESET_COLLECTION_USER.id(),
        new BigDecimal(amount),
        "EUR",
        "order-" + referenceId,
        new Party("MSISDN", msisdn),
        "payer message",
        "payee note",
        callbackUrl);
  }
}

package dev.momosim.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.InvalidRuleException;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleBook;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.behaviour.RuleWriter;
import dev.momosim.simulator.control.CallbackLog;
import dev.momosim.simulator.control.ControlException;
import dev.momosim.simulator.control.EventHub;
import dev.momosim.simulator.control.ListingLimit;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TransactionFilter;
import dev.momosim.simulator.control.TransactionView;
import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.Ledger;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.http.RequestJournal;
import dev.momosim.simulator.http.RequestJournalHandler;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** {@link SimulatorControl} in process: every operation runs on the simulator's own context. */
final class LocalSimulatorControl implements SimulatorControl {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What the request journal files a request under: a product, or provisioning. */
  /** What the request journal files a request under: a product, or provisioning. */
  private static final List<String> JOURNAL_PRODUCTS =
      Stream.concat(
              Arrays.stream(Product.values()).map(Product::pathName),
              Stream.of(RequestJournalHandler.PROVISIONING))
          .toList();

  private final Context context;
  private final Simulation simulation;
  private final ClockDriver clockDriver;
  private final RequestJournal requestJournal;
  private final EventHub events;
  private final RuleFileParser ruleParser;
  private volatile CallbackLog callbacks = CallbackLog.NONE;

  LocalSimulatorControl(
      Context context,
      Simulation simulation,
      ClockDriver clockDriver,
      RequestJournal requestJournal,
      EventHub events) {
    this.context = context;
    this.simulation = simulation;
    this.clockDriver = clockDriver;
    this.requestJournal = requestJournal;
    this.events = events;
    this.ruleParser = simulation.config().ruleParser();
  }

  void callbacks(CallbackLog log) {
    this.callbacks = Objects.requireNonNull(log);
  }

  @Override
  public Future<Instant> now() {
    return onContext(() -> simulation.clock().now());
  }

  @Override
  public Future<JsonObject> clock() {
    return onContext(
        () ->
            new JsonObject()
                .put("now", simulation.clock().now().toString())
                .put("frozen", simulation.clock().isFrozen()));
  }

  @Override
  public Future<Instant> advanceClock(Duration by) {
    return onContext(() -> moved(simulation.clock().advance(by)));
  }

  @Override
  public Future<Instant> freezeClock() {
    return onContext(() -> moved(simulation.clock().freeze()));
  }

  @Override
  public Future<Instant> resumeClock() {
    return onContext(() -> moved(simulation.clock().resume()));
  }

  @Override
  public Future<Instant> setClock(Instant to) {
    return onContext(() -> moved(simulation.clock().set(to)));
  }

  @Override
  public Future<Void> reset() {
    return onContext(
        () -> {
          simulation.reset();
          requestJournal.clear();
          callbacks.clear();
          clockDriver.clockMoved();
          events.publish("reset", new JsonObject().put("now", simulation.clock().now().toString()));
          return null;
        });
  }

  @Override
  public Future<List<TransactionView>> transactions(TransactionFilter filter) {
    return onContext(
        () ->
            simulation.payments().list(matching(filter.checked()), filter.limit()).stream()
                .map(TransactionViews::of)
                .toList());
  }

  @Override
  public Future<TransactionView> transaction(String referenceId) {
    return onContext(
        () ->
            TransactionViews.of(
                simulation.payments().find(referenceId).orElseThrow(MomoException::notFound)));
  }

  @Override
  public Future<TransactionView> approve(String referenceId) {
    return onContext(() -> TransactionViews.of(simulation.payments().approve(referenceId)));
  }

  @Override
  public Future<TransactionView> reject(String referenceId, String reason) {
    return fail(referenceId, reason == null || reason.isBlank() ? "APPROVAL_REJECTED" : reason);
  }

  @Override
  public Future<TransactionView> expire(String referenceId) {
    return fail(referenceId, "EXPIRED");
  }

  @Override
  public Future<TransactionView> fail(String referenceId, String reason) {
    if (reason == null || reason.isBlank()) {
      return Future.failedFuture(
          new ControlException(400, "BAD_REQUEST", "A reason code is required."));
    }
    return onContext(
        () -> TransactionViews.of(simulation.payments().fail(referenceId, reason.trim())));
  }

  @Override
  public Future<ApprovalMode> approvalMode() {
    return onContext(() -> simulation.behaviour().approvalMode());
  }

  @Override
  public Future<ApprovalMode> setApprovalMode(ApprovalMode mode) {
    return onContext(
        () -> {
          simulation.behaviour().approvalMode(mode);
          events.publish("approval-mode", new JsonObject().put("mode", mode.name()));
          return mode;
        });
  }

  @Override
  public Future<JsonArray> rules() {
    return onContext(this::currentRules);
  }

  @Override
  public Future<JsonArray> replaceRules(JsonArray rules) {
    return changeRules(() -> simulation.behaviour().replaceRules(parse(rules)));
  }

  @Override
  public Future<JsonArray> addRules(JsonArray rules) {
    return changeRules(() -> simulation.behaviour().prependRules(parse(rules)));
  }

  @Override
  public Future<JsonArray> clearRules() {
    return changeRules(() -> simulation.behaviour().replaceRules(List.of()));
  }

  @Override
  public Future<JsonArray> callbacks() {
    return onContext(() -> callbacks.list());
  }

  @Override
  public Future<JsonObject> resendCallback(String id) {
    return onContext(() -> id).compose(callbacks::resend);
  }

  @Override
  public Future<JsonArray> requests(
      String pathContains, String referenceId, String product, int limit) {
    Predicate<dev.momosim.simulator.http.JournalEntry> filter =
        entry ->
            (pathContains == null || entry.path().contains(pathContains))
                && (referenceId == null || referenceId.equals(entry.referenceId()))
                && (product == null || product.equalsIgnoreCase(entry.product()));
    return onContext(
        () -> {
          ListingLimit.check(limit, MAX_LISTED_REQUESTS);
          if (product != null
              && !JOURNAL_PRODUCTS.contains(product.toLowerCase(java.util.Locale.ROOT))) {
            throw new ControlException(
                400,
                "BAD_REQUEST",
                "product must be one of "
                    + String.join(", ", JOURNAL_PRODUCTS)
                    + " (any case), was: "
                    + product);
          }
          return requestJournal.list(filter, limit);
        });
  }

  @Override
  public Future<JsonObject> accounts() {
    return onContext(this::accountsJson);
  }

  @Override
  public Future<JsonObject> setBalance(String account, BigDecimal balance) {
    return onContext(
        () -> {
          simulation.ledger().setBalance(account, Amounts.check("balance", balance));
          return accountsJson();
        });
  }

  @Override
  public Future<Integer> expireTokens() {
    return onContext(() -> simulation.tokens().expireAll());
  }

  private JsonObject accountsJson() {
    JsonObject accounts = new JsonObject();
    simulation
        .ledger()
        .accounts()
        .forEach(
            (key, account) ->
                accounts.put(
                    key,
                    new JsonObject()
                        .put("opening", Amounts.toWire(account.opening()))
                        .put("balance", Amounts.toWire(account.balance()))));
    for (var product : dev.momosim.simulator.domain.Product.values()) {
      String key = Ledger.partnerAccount(product);
      if (!accounts.containsKey(key)) {
        String balance = Amounts.toWire(simulation.ledger().balance(key));
        accounts.put(key, new JsonObject().put("opening", balance).put("balance", balance));
      }
    }
    return accounts;
  }

  private Future<JsonArray> changeRules(Runnable change) {
    return onContext(
        () -> {
          change.run();
          JsonArray rules = currentRules();
          events.publish("rules", new JsonObject().put("count", rules.size()));
          return rules;
        });
  }

  private JsonArray currentRules() {
    RuleBook book = simulation.behaviour().ruleBook();
    ArrayNode array = MAPPER.createArrayNode();
    List<Rule> rules = book.rules();
    for (int i = 0; i < rules.size(); i++) {
      array.add(RuleWriter.write(rules.get(i), book.remainingUses(i)));
    }
    return new JsonArray(array.toString());
  }

  private List<Rule> parse(JsonArray rules) {
    try {
      return ruleParser.parseRules(MAPPER.readTree(rules.encode()));
    } catch (InvalidRuleException e) {
      throw MomoException.badRequest(e.getMessage());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw MomoException.badRequest("rules are not valid JSON");
    }
  }

  private static Predicate<Transaction> matching(TransactionFilter filter) {
    return transaction ->
        (filter.status() == null || transaction.status().name().equalsIgnoreCase(filter.status()))
            && (filter.product() == null
                || transaction.product().pathName().equalsIgnoreCase(filter.product()))
            && (filter.partyId() == null
                || transaction.request().party().id().equals(filter.partyId()));
  }

  private Instant moved(Instant now) {
    clockDriver.clockMoved();
    events.publish(
        "clock",
        new JsonObject().put("now", now.toString()).put("frozen", simulation.clock().isFrozen()));
    return now;
  }

  /** Runs on the simulator's context; a MoMo refusal becomes a {@link ControlException}. */
  <T> Future<T> onContext(Supplier<T> work) {
    Promise<T> promise = Promise.promise();
    context.runOnContext(
        ignored -> {
          try {
            promise.complete(work.get());
          } catch (MomoException e) {
            promise.fail(ControlException.of(e));
          } catch (RuntimeException | Error e) {
            promise.fail(e); // never leave a caller waiting on a promise that cannot complete
          }
        });
    return promise.future();
  }
}

package dev.momosim.simulator.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.momosim.simulator.app.Access;
import dev.momosim.simulator.app.Accounts;
import dev.momosim.simulator.app.Behaviours;
import dev.momosim.simulator.app.Callbacks;
import dev.momosim.simulator.app.Payments;
import dev.momosim.simulator.app.RequestJournal;
import dev.momosim.simulator.app.Reset;
import dev.momosim.simulator.app.Time;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.InvalidRuleException;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.behaviour.RuleWriter;
import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.RequestRecord;
import dev.momosim.simulator.domain.TransactionQuery;
import dev.momosim.simulator.domain.TransactionStatus;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@link SimulatorControl} in process: a thin adapter over the application services. A MoMo refusal
 * becomes a {@link ControlException} with the same status, code and message.
 */
public final class LocalSimulatorControl implements SimulatorControl {
  /** The application services the control API drives. */
  public record Services(
      Time time,
      Payments payments,
      Behaviours behaviours,
      Accounts accounts,
      Access access,
      RequestJournal requestJournal,
      Callbacks callbacks,
      Reset reset,
      RuleFileParser ruleParser) {
    public Services {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(payments, "payments");
      Objects.requireNonNull(behaviours, "behaviours");
      Objects.requireNonNull(accounts, "accounts");
      Objects.requireNonNull(access, "access");
      Objects.requireNonNull(requestJournal, "requestJournal");
      Objects.requireNonNull(callbacks, "callbacks");
      Objects.requireNonNull(reset, "reset");
      Objects.requireNonNull(ruleParser, "ruleParser");
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What the request journal files a request under: a product, or provisioning. */
  private static final List<String> JOURNAL_PRODUCTS =
      Stream.concat(
              Arrays.stream(Product.values()).map(Product::pathName),
              Stream.of(RequestRecord.PROVISIONING))
          .toList();

  /** The most callback deliveries one listing returns. */
  private static final int MAX_LISTED_CALLBACKS = Integer.MAX_VALUE;

  private final Services services;

  public LocalSimulatorControl(Services services) {
    this.services = services;
  }

  @Override
  public Future<Instant> now() {
    return Future.succeededFuture(services.time().now());
  }

  @Override
  public Future<JsonObject> clock() {
    return Future.succeededFuture(clockJson());
  }

  private JsonObject clockJson() {
    return new JsonObject()
        .put("now", services.time().now().toString())
        .put("frozen", services.time().frozen());
  }

  @Override
  public Future<Instant> advanceClock(Duration by) {
    return refusalsAsControl(() -> services.time().advance(by));
  }

  @Override
  public Future<Instant> freezeClock() {
    return refusalsAsControl(() -> services.time().freeze());
  }

  @Override
  public Future<Instant> resumeClock() {
    return refusalsAsControl(() -> services.time().resume());
  }

  @Override
  public Future<Instant> setClock(Instant to) {
    return refusalsAsControl(() -> services.time().set(to));
  }

  @Override
  public Future<Void> reset() {
    return refusalsAsControl(() -> services.reset().toStartState());
  }

  @Override
  public Future<List<TransactionView>> transactions(TransactionFilter filter) {
    return refusalsAsControl(
        () ->
            services
                .payments()
                .list(query(filter.checked()))
                .map(found -> found.stream().map(TransactionViews::of).toList()));
  }

  @Override
  public Future<TransactionView> transaction(String referenceId) {
    return refusalsAsControl(
        () ->
            services
                .payments()
                .find(referenceId)
                .map(found -> TransactionViews.of(found.orElseThrow(MomoException::notFound))));
  }

  @Override
  public Future<TransactionView> approve(String referenceId) {
    return refusalsAsControl(
        () -> services.payments().approve(referenceId).map(TransactionViews::of));
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
    return refusalsAsControl(
        () -> services.payments().fail(referenceId, reason.trim()).map(TransactionViews::of));
  }

  @Override
  public Future<ApprovalMode> approvalMode() {
    return services.behaviours().approvalMode();
  }

  @Override
  public Future<ApprovalMode> setApprovalMode(ApprovalMode mode) {
    return services.behaviours().setApprovalMode(mode);
  }

  @Override
  public Future<JsonArray> rules() {
    return services.behaviours().rules().map(LocalSimulatorControl::rulesJson);
  }

  @Override
  public Future<JsonArray> replaceRules(JsonArray rules) {
    return refusalsAsControl(
        () ->
            services.behaviours().replaceRules(parse(rules)).map(LocalSimulatorControl::rulesJson));
  }

  @Override
  public Future<JsonArray> addRules(JsonArray rules) {
    return refusalsAsControl(
        () -> services.behaviours().addRules(parse(rules)).map(LocalSimulatorControl::rulesJson));
  }

  @Override
  public Future<JsonArray> clearRules() {
    return services.behaviours().replaceRules(List.of()).map(LocalSimulatorControl::rulesJson);
  }

  @Override
  public Future<JsonArray> callbacks() {
    return services
        .callbacks()
        .list(MAX_LISTED_CALLBACKS)
        .map(deliveries -> new JsonArray(deliveries.stream().map(JournalJson::callback).toList()));
  }

  @Override
  public Future<JsonObject> resendCallback(String id) {
    return refusalsAsControl(() -> services.callbacks().resend(id).map(JournalJson::callback));
  }

  @Override
  public Future<JsonArray> requests(
      String pathContains, String referenceId, String product, int limit) {
    return refusalsAsControl(
        () -> {
          ListingLimit.check(limit, MAX_LISTED_REQUESTS);
          if (product != null && !JOURNAL_PRODUCTS.contains(product.toLowerCase(Locale.ROOT))) {
            throw new ControlException(
                400,
                "BAD_REQUEST",
                "product must be one of "
                    + String.join(", ", JOURNAL_PRODUCTS)
                    + " (any case), was: "
                    + product);
          }
          Predicate<RequestRecord> filter =
              entry ->
                  (pathContains == null || entry.path().contains(pathContains))
                      && (referenceId == null || referenceId.equals(entry.referenceId()))
                      && (product == null || product.equalsIgnoreCase(entry.product()));
          return services
              .requestJournal()
              .list(filter, limit)
              .map(entries -> new JsonArray(entries.stream().map(JournalJson::request).toList()));
        });
  }

  @Override
  public Future<JsonObject> accounts() {
    return services.accounts().accounts().map(LocalSimulatorControl::accountsJson);
  }

  @Override
  public Future<JsonObject> setBalance(String account, BigDecimal balance) {
    return refusalsAsControl(
        () ->
            services
                .accounts()
                .setBalance(account, balance)
                .map(LocalSimulatorControl::accountsJson));
  }

  @Override
  public Future<Integer> expireTokens() {
    return services.access().expireTokens();
  }

  private static JsonObject accountsJson(List<AccountBalance> accounts) {
    JsonObject json = new JsonObject();
    accounts.forEach(
        account ->
            json.put(
                account.account(),
                new JsonObject()
                    .put("opening", Amounts.toWire(account.opening()))
                    .put("balance", Amounts.toWire(account.balance()))));
    return json;
  }

  private static JsonArray rulesJson(List<Behaviours.RuleInForce> rules) {
    ArrayNode array = MAPPER.createArrayNode();
    rules.forEach(rule -> array.add(RuleWriter.write(rule.rule(), rule.remainingUses())));
    return new JsonArray(array.toString());
  }

  private List<Rule> parse(JsonArray rules) {
    try {
      return services.ruleParser().parseRules(MAPPER.readTree(rules.encode()));
    } catch (InvalidRuleException e) {
      throw MomoException.badRequest(e.getMessage());
    } catch (JsonProcessingException e) {
      throw MomoException.badRequest("rules are not valid JSON");
    }
  }

  private static TransactionQuery query(TransactionFilter filter) {
    return new TransactionQuery(
        filter.status() == null
            ? null
            : TransactionStatus.valueOf(filter.status().toUpperCase(Locale.ROOT)),
        filter.product() == null ? null : Product.fromPathName(filter.product()).orElseThrow(),
        filter.partyId(),
        filter.limit());
  }

  /** Runs the work; a MoMo refusal, thrown or failed, becomes a {@link ControlException}. */
  private static <T> Future<T> refusalsAsControl(java.util.function.Supplier<Future<T>> work) {
    Future<T> result;
    try {
      result = work.get();
    } catch (RuntimeException e) {
      result = Future.failedFuture(e);
    }
    return result.recover(
        failure ->
            Future.failedFuture(
                failure instanceof MomoException momo ? ControlException.of(momo) : failure));
  }
}

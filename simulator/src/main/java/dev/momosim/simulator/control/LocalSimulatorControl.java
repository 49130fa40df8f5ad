package dev.momosim.simulator.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.momosim.simulator.app.Access;
import dev.momosim.simulator.app.Accounts;
import dev.momosim.simulator.app.Behaviours;
import dev.momosim.simulator.app.Callbacks;
import dev.momosim.simulator.app.Consents;
import dev.momosim.simulator.app.Payments;
import dev.momosim.simulator.app.RequestJournal;
import dev.momosim.simulator.app.Reset;
import dev.momosim.simulator.app.StateTransfer;
import dev.momosim.simulator.app.Time;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.InvalidRuleException;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.behaviour.RuleFormat.RuleSpec;
import dev.momosim.simulator.behaviour.RuleWriter;
import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.ForgottenWallets;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.TransactionQuery;
import dev.momosim.simulator.domain.TransactionStatus;
import dev.momosim.simulator.state.InvalidStateException;
import dev.momosim.simulator.state.StateJson;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;

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
      String tenant,
      RequestJournal requestJournal,
      Callbacks callbacks,
      Reset reset,
      StateTransfer state,
      StateJson stateJson,
      RuleFileParser ruleParser,
      Consents consents) {
    public Services {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(payments, "payments");
      Objects.requireNonNull(behaviours, "behaviours");
      Objects.requireNonNull(accounts, "accounts");
      Objects.requireNonNull(access, "access");
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(requestJournal, "requestJournal");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(stateJson, "stateJson");
      Objects.requireNonNull(callbacks, "callbacks");
      Objects.requireNonNull(reset, "reset");
      Objects.requireNonNull(ruleParser, "ruleParser");
      Objects.requireNonNull(consents, "consents");
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Services services;

  public LocalSimulatorControl(Services services) {
    this.services = services;
  }

  @Override
  public Future<Instant> now() {
    return Future.succeededFuture(services.time().now());
  }

  @Override
  public Future<ClockView> clock() {
    Time time = services.time();
    return time.settleDue().map(settled -> new ClockView(time.now(), time.frozen()));
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

  /** One more than the page is asked for: if it comes, there is a next page. */
  @Override
  public Future<Page<TransactionView>> transactionPage(TransactionFilter filter) {
    return refusalsAsControl(
        () -> {
          TransactionFilter checked = filter.checked();
          return services
              .payments()
              .list(query(checked))
              .map(
                  found ->
                      Page.of(
                          found,
                          checked.limit(),
                          TransactionViews::of,
                          TransactionQuery::cursorOf));
        });
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
  public Future<List<ConsentView>> consents() {
    return services
        .consents()
        .list()
        .map(
            all ->
                all.stream()
                    .limit(Paging.MAX_LIMIT)
                    .map(request -> ConsentView.of(request, services.time().now()))
                    .toList());
  }

  @Override
  public Future<ConsentView> approveConsent(String authReqId) {
    return decideConsent(authReqId, true);
  }

  @Override
  public Future<ConsentView> rejectConsent(String authReqId) {
    return decideConsent(authReqId, false);
  }

  private Future<ConsentView> decideConsent(String authReqId, boolean approve) {
    return refusalsAsControl(
        () ->
            services
                .consents()
                .decide(authReqId, approve, "control")
                .map(request -> ConsentView.of(request, services.time().now())));
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
  public Future<List<RuleSpec>> rules() {
    return services.behaviours().rules().map(LocalSimulatorControl::specs);
  }

  @Override
  public Future<List<RuleSpec>> replaceRules(JsonArray rules) {
    return refusalsAsControl(
        () -> services.behaviours().replaceRules(parse(rules)).map(LocalSimulatorControl::specs));
  }

  @Override
  public Future<List<RuleSpec>> addRules(JsonArray rules) {
    return refusalsAsControl(
        () -> services.behaviours().addRules(parse(rules)).map(LocalSimulatorControl::specs));
  }

  @Override
  public Future<List<RuleSpec>> clearRules() {
    return services.behaviours().replaceRules(List.of()).map(LocalSimulatorControl::specs);
  }

  @Override
  public Future<Page<CallbackView>> callbackPage(Paging paging) {
    return refusalsAsControl(
        () -> {
          Paging checked = paging.checked();
          return services
              .callbacks()
              .list(checked.after(), checked.limit() + 1)
              .map(
                  found -> Page.of(found, checked.limit(), CallbackView::of, CallbackDelivery::id));
        });
  }

  @Override
  public Future<CallbackView> resendCallback(String id) {
    return refusalsAsControl(() -> services.callbacks().resend(id).map(CallbackView::of));
  }

  @Override
  public Future<Page<RequestView>> requestPage(RequestFilter filter) {
    return refusalsAsControl(
        () -> {
          RequestFilter checked = filter.checked();
          return services
              .requestJournal()
              .list(checked.matcher(), checked.limit() + 1)
              .map(
                  found ->
                      Page.of(
                          found,
                          checked.limit(),
                          RequestView::of,
                          entry -> String.valueOf(entry.id())));
        });
  }

  @Override
  public Future<AccountPage> accountPage(Paging paging) {
    return refusalsAsControl(
        () -> {
          Paging checked = paging.checked();
          return services
              .accounts()
              .accounts(checked.after(), checked.limit() + 1)
              .compose(
                  found ->
                      services
                          .accounts()
                          .forgottenWallets()
                          .map(forgotten -> accountPage(found, checked.limit(), forgotten)));
        });
  }

  private static AccountPage accountPage(
      List<AccountBalance> found, int limit, ForgottenWallets forgotten) {
    Page<AccountView> page =
        Page.of(found, limit, LocalSimulatorControl::view, AccountBalance::account);
    return new AccountPage(page.items(), page.next(), forgotten.wallets(), forgotten.net());
  }

  @Override
  public Future<List<AccountView>> setBalance(String account, BigDecimal balance) {
    return refusalsAsControl(
        () -> services.accounts().setBalance(account, balance).map(LocalSimulatorControl::views));
  }

  @Override
  public Future<Integer> expireTokens() {
    return services.access().expireTokens(services.tenant());
  }

  @Override
  public Future<byte[]> exportState() {
    return services
        .state()
        .export()
        .compose(image -> offTheEventLoop(() -> services.stateJson().write(image)));
  }

  @Override
  public Future<StateSummary> importState(byte[] document) {
    return offTheEventLoop(() -> services.stateJson().read(document))
        .recover(
            failure ->
                Future.failedFuture(
                    failure instanceof InvalidStateException invalid
                        ? new ControlException(
                            400, "INVALID_STATE", "Not a usable state: " + invalid.getMessage())
                        : failure))
        .compose(image -> services.state().importState(image).map(done -> StateSummary.of(image)));
  }

  /**
   * Encoding or reading a whole state (up to {@code storage.maxStateBytes}) takes far longer than
   * an event loop may be held: a worker does it when there is a Vert.x context, the caller
   * otherwise.
   */
  private static <T> Future<T> offTheEventLoop(Callable<T> work) {
    Context context = Vertx.currentContext();
    if (context != null) {
      return context.executeBlocking(work, false);
    }
    try {
      return Future.succeededFuture(work.call());
    } catch (Exception e) {
      return Future.failedFuture(e);
    }
  }

  private static List<AccountView> views(List<AccountBalance> accounts) {
    return accounts.stream().map(LocalSimulatorControl::view).toList();
  }

  private static AccountView view(AccountBalance account) {
    return new AccountView(account.account(), account.opening(), account.balance());
  }

  private static List<RuleSpec> specs(List<Behaviours.RuleInForce> rules) {
    return rules.stream().map(rule -> RuleWriter.spec(rule.rule(), rule.remainingUses())).toList();
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
        filter.limit() + 1,
        filter.after());
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

package dev.momosim.simulator.http;

import dev.momosim.simulator.app.Access;
import dev.momosim.simulator.app.Consents;
import dev.momosim.simulator.app.Provisioning;
import dev.momosim.simulator.behaviour.ScenarioReader;
import dev.momosim.simulator.domain.ApiUser;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The application services the MoMo API adapter answers with.
 *
 * @param reasonAsObject whether a FAILED status renders {@code reason} as {@code
 *     {"code","message"}}
 * @param emptyPartyStatus the answer to a creating body whose payer or payee is {@code {}}: 500 as
 *     MTN's sandbox, or 400 naming the first missing field
 * @param bodyLimitBytes the largest request body read, else 413
 * @param stateBodyLimitBytes the largest state document {@code PUT /_sim/state} reads, else 413
 * @param logsRequests whether every request gets a log line
 * @param userInfoAsDeclared whether {@code userinfo} writes {@code address} and {@code
 *     credit_score} as strings, as MTN's schema declares, rather than as the sandbox answered
 * @param tenants which tenant each API user belongs to, and its services
 * @param consents consent requests and their oauth2 tokens (the whole simulator's)
 * @param scenarios reads the {@code X-Momo-Sim-Scenario} header of creating POSTs
 */
public record ApiServices(
    Access access,
    Provisioning provisioning,
    TenantDirectory tenants,
    boolean reasonAsObject,
    int emptyPartyStatus,
    int bodyLimitBytes,
    int stateBodyLimitBytes,
    boolean logsRequests,
    Consents consents,
    boolean userInfoAsDeclared,
    Predicate<Throwable> storeUnavailable,
    Supplier<Future<?>> clockRefresh,
    ScenarioReader scenarios) {
  public ApiServices {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(provisioning, "provisioning");
    Objects.requireNonNull(tenants, "tenants");
    Objects.requireNonNull(consents, "consents");
    Objects.requireNonNull(scenarios, "scenarios");
  }

  /**
   * The services of the tenant the request's API user belongs to (the default tenant's before a
   * bearer token names a user).
   */
  public TenantServices tenant(RoutingContext ctx) {
    ApiUser user = ctx.get(ContextKeys.API_USER);
    return user == null ? tenants.defaults() : tenants.servicesOf(user);
  }
}

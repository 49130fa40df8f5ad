package dev.momosim.simulator;

import dev.momosim.simulator.app.Provisioning;
import dev.momosim.simulator.app.port.ApiUserStore;
import dev.momosim.simulator.app.port.TokenStore;
import dev.momosim.simulator.config.TenantSettings;
import dev.momosim.simulator.control.EventHub;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TenantControls;
import dev.momosim.simulator.control.TenantUser;
import dev.momosim.simulator.control.TenantView;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.http.TenantDirectory;
import dev.momosim.simulator.http.TenantServices;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The tenants of one simulator (docs/tenants.md): which API user belongs to which tenant, and each
 * tenant's {@link TenantCore}. The default tenant is the simulator's configured store; every other
 * is kept in memory, made when its first user is provisioned into it (or by the control API), and
 * forgotten when deleted. Thread-safe.
 */
final class Tenants implements TenantDirectory, TenantControls {
  private final TenantSettings settings;
  private final TenantCore defaultCore;
  private final Function<String, TenantCore> newCore;
  private final Map<String, TenantCore> others = new ConcurrentHashMap<>();
  private final Map<String, Future<TenantCore>> starting = new ConcurrentHashMap<>();
  private final TenantMembership membership;
  private final Provisioning provisioning;
  private final ApiUserStore users;
  private final TokenStore tokens;

  /** Tenants besides the default one, made or being made: the cap is checked against this. */
  private final AtomicInteger reserved = new AtomicInteger();

  private final boolean othersAllowed;

  /**
   * @param othersAllowed whether tenants beside the default one may be made (the state is kept in
   *     memory only)
   * @param users the simulator's API users (a deleted tenant's go with it)
   * @param tokens their tokens
   * @param newCore builds the core of a tenant that does not exist yet (not started)
   */
  Tenants(
      TenantSettings settings,
      boolean othersAllowed,
      TenantMembership membership,
      Provisioning provisioning,
      ApiUserStore users,
      TokenStore tokens,
      TenantCore defaultCore,
      Function<String, TenantCore> newCore) {
    this.settings = settings;
    this.othersAllowed = othersAllowed;
    this.membership = membership;
    this.provisioning = provisioning;
    this.users = users;
    this.tokens = tokens;
    this.defaultCore = defaultCore;
    this.newCore = newCore;
  }

  /** Makes the configured groups' tenants and puts their users in them. */
  Future<Void> startGroups() {
    List<Future<TenantCore>> started = new ArrayList<>();
    settings
        .groups()
        .forEach(
            (tenant, users) -> {
              users.forEach(user -> membership.assign(user, tenant));
              if (!tenant.equals(TenantSettings.DEFAULT)) {
                started.add(ensure(tenant));
              }
            });
    return Future.all(started).mapEmpty();
  }

  TenantCore defaultCore() {
    return defaultCore;
  }

  // --- TenantDirectory (the MoMo API) ---

  @Override
  public TenantServices servicesOf(String apiUserId) {
    String tenant = membership.tenantOf(apiUserId);
    if (tenant.equals(TenantSettings.DEFAULT)) {
      return defaultCore.services();
    }
    TenantCore core = others.get(tenant);
    if (core == null) {
      throw new MomoException(
          404,
          "TENANT_NOT_FOUND",
          "API user "
              + apiUserId
              + " belonged to tenant "
              + tenant
              + ", which was deleted: provision a new API user.");
    }
    return core.services();
  }

  @Override
  public TenantServices defaults() {
    return defaultCore.services();
  }

  @Override
  public Future<String> prepare(String apiUserId, String requested) {
    String tenant;
    if (requested != null) {
      try {
        tenant = TenantSettings.requireId(requested, TENANT_HEADER);
      } catch (IllegalArgumentException e) {
        return Future.failedFuture(MomoException.badRequest(e.getMessage()));
      }
    } else {
      tenant = configuredTenantOf(apiUserId);
    }
    if (tenant.equals(TenantSettings.DEFAULT)) {
      return Future.succeededFuture(tenant);
    }
    return ensure(tenant).map(tenant);
  }

  private String configuredTenantOf(String apiUserId) {
    for (Map.Entry<String, List<String>> group : settings.groups().entrySet()) {
      if (group.getValue().contains(apiUserId)) {
        return group.getKey();
      }
    }
    return settings.perUser() ? apiUserId : TenantSettings.DEFAULT;
  }

  @Override
  public void assign(String apiUserId, String tenant) {
    membership.assign(apiUserId, tenant);
  }

  // --- TenantControls (the control API) ---

  @Override
  public SimulatorControl control(String tenant) {
    return core(tenant).control();
  }

  @Override
  public void requireStateDocuments(String tenant) {
    if (tenant != null && !tenant.equals(TenantSettings.DEFAULT)) {
      core(tenant); // 404 for an unknown one
      throw MomoException.badRequest(
          "A state document holds the default tenant's state; tenant "
              + tenant
              + " has none of its own (docs/tenants.md).");
    }
    if (!others.isEmpty()) {
      throw new MomoException(
          409,
          "TENANTS_EXIST",
          "While other tenants exist ("
              + others.size()
              + "), the default tenant's state cannot be exported or imported: it would show or"
              + " replace their API users. Delete them first (DELETE /_sim/tenants/{id}).");
    }
  }

  @Override
  public EventHub events(String tenant) {
    return core(tenant).events();
  }

  private TenantCore core(String tenant) {
    if (tenant == null || tenant.equals(TenantSettings.DEFAULT)) {
      return defaultCore;
    }
    TenantCore core = others.get(tenant);
    if (core == null) {
      throw new MomoException(
          404,
          "TENANT_NOT_FOUND",
          "No tenant "
              + tenant
              + " (GET /_sim/tenants lists them; provisioning an API user with "
              + TENANT_HEADER
              + ": "
              + tenant
              + " makes it).");
    }
    return core;
  }

  @Override
  public Future<List<TenantView>> tenants() {
    List<TenantCore> cores = new ArrayList<>(others.values());
    cores.sort(Comparator.comparing(TenantCore::id));
    cores.add(0, defaultCore);
    List<Future<TenantView>> views = cores.stream().map(this::view).toList();
    return Future.all(views).map(all -> views.stream().map(Future::result).toList());
  }

  private Future<TenantView> view(TenantCore core) {
    Integer users =
        core.id().equals(TenantSettings.DEFAULT) ? null : (int) membership.count(core.id());
    return core.simulation()
        .behaviours()
        .rules()
        .compose(
            rules ->
                core.simulation()
                    .store()
                    .transactions()
                    .count()
                    .map(
                        count ->
                            new TenantView(
                                core.id(),
                                users,
                                count.orElse(null),
                                rules.size(),
                                core.createdAt().toString())));
  }

  @Override
  public Future<TenantView> create(String tenant) {
    try {
      TenantSettings.requireId(tenant, "tenant");
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(MomoException.badRequest(e.getMessage()));
    }
    if (tenant.equals(TenantSettings.DEFAULT)) {
      return view(defaultCore);
    }
    return ensure(tenant).compose(this::view);
  }

  @Override
  public Future<TenantUser> provision(String tenant, Product product, String callbackHost) {
    String id = UUID.randomUUID().toString();
    return create(tenant)
        .compose(made -> provisioning.createUser(id, callbackHost, product))
        .compose(created -> provisioning.issueKey(id))
        .map(
            key -> {
              membership.assign(id, tenant);
              return new TenantUser(tenant, product.pathName(), id, key, callbackHost);
            });
  }

  @Override
  public Future<Void> delete(String tenant) {
    if (tenant.equals(TenantSettings.DEFAULT)) {
      return Future.failedFuture(
          MomoException.badRequest(
              "The default tenant cannot be deleted: POST /_sim/reset empties it."));
    }
    TenantCore core = core(tenant);
    if (!others.remove(tenant, core)) {
      return Future.succeededFuture(); // deleted meanwhile by another caller
    }
    reserved.decrementAndGet();
    // Its API users and their tokens go with it: their calls are refused (401) from now on, and a
    // tenant made later under the same id starts without them.
    Predicate<String> elsewhere = membership.in(tenant).negate();
    return users
        .clearExcept(elsewhere)
        .compose(cleared -> tokens.clearExcept(elsewhere))
        .compose(cleared -> core.events().resyncAll()) // open pages reconnect, to find it gone
        .transform(
            cleared -> {
              membership.forget(tenant);
              return core.stop(Duration.ofSeconds(5), Duration.ofSeconds(5));
            });
  }

  /** Stops every tenant but the default one (the simulator stops that itself). */
  Future<Void> stopOthers(Duration patience) {
    List<Future<Void>> stopped = new ArrayList<>();
    others.values().forEach(core -> stopped.add(core.stop(patience, patience)));
    others.clear();
    return Future.join(stopped).mapEmpty();
  }

  /** The running core of {@code tenant}, made and started first if it does not exist yet. */
  private Future<TenantCore> ensure(String tenant) {
    TenantCore running = others.get(tenant);
    if (running != null) {
      return Future.succeededFuture(running);
    }
    Future<TenantCore> made = starting.computeIfAbsent(tenant, this::startNew);
    made.onComplete(done -> starting.remove(tenant, made)); // outside the map's own update
    return made;
  }

  private Future<TenantCore> startNew(String tenant) {
    if (!othersAllowed) {
      return Future.failedFuture(
          MomoException.badRequest(
              "Tenants beside the default one are kept in memory only in this version, and this"
                  + " simulator keeps its state in a data directory or a database"
                  + " (docs/tenants.md)."));
    }
    TenantCore made = others.get(tenant);
    if (made != null) {
      return Future.succeededFuture(made); // made by a caller that finished a moment ago
    }
    if (reserved.incrementAndGet() > settings.maxTenants()) {
      reserved.decrementAndGet();
      return Future.failedFuture(
          new MomoException(
              429,
              "TENANT_LIMIT_REACHED",
              "This simulator already has "
                  + settings.maxTenants()
                  + " tenants besides the default one (tenants.maxTenants): delete one"
                  + " (DELETE /_sim/tenants/{id}) first."));
    }
    TenantCore core;
    try {
      core = newCore.apply(tenant);
    } catch (RuntimeException e) {
      reserved.decrementAndGet();
      return Future.failedFuture(e);
    }
    return core.start()
        .map(
            started -> {
              membership.clock(tenant, core.simulation().time()::now);
              others.put(tenant, core);
              return core;
            })
        .onFailure(failed -> reserved.decrementAndGet());
  }
}

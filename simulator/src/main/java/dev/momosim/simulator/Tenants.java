package dev.momosim.simulator;

import dev.momosim.simulator.app.Provisioning;
import dev.momosim.simulator.app.port.ApiUserStore;
import dev.momosim.simulator.app.port.Change;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.app.port.TokenStore;
import dev.momosim.simulator.config.TenantSettings;
import dev.momosim.simulator.control.EventHub;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TenantControls;
import dev.momosim.simulator.control.TenantUser;
import dev.momosim.simulator.control.TenantView;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.http.TenantDirectory;
import dev.momosim.simulator.http.TenantServices;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The tenants of one simulator (docs/tenants.md): each tenant's {@link TenantCore} on this
 * instance. The default tenant's core is the simulator's configured store; every other keeps its
 * state where the simulator keeps its own ({@link TenantStores}: in memory, under the data
 * directory, or in a schema of the database shared by every instance), and is opened here when
 * first used. An API user's tenant is recorded with the user. Thread-safe.
 */
final class Tenants implements TenantDirectory, TenantControls {
  private final TenantSettings settings;
  private final TenantCore defaultCore;
  private final BiFunction<String, SimulatorStore, TenantCore> coreMaker;
  private final TenantStores stores;
  private final Map<String, TenantCore> running = new ConcurrentHashMap<>();
  private final Map<String, Future<TenantCore>> opening = new ConcurrentHashMap<>();
  private final Provisioning provisioning;
  private final ApiUserStore users;
  private final TokenStore tokens;
  private final ChangeFeed changes;
  private Runnable unsubscribe = () -> {};

  /**
   * @param stores where the tenants beside the default one are listed and keep their state
   * @param users the simulator's API users (a deleted tenant's go with it)
   * @param tokens their tokens
   * @param changes the default tenant's change feed (a deletion is announced there)
   * @param newCore builds the core of a tenant on its opened store (not started)
   */
  Tenants(
      TenantSettings settings,
      TenantStores stores,
      Provisioning provisioning,
      ApiUserStore users,
      TokenStore tokens,
      ChangeFeed changes,
      TenantCore defaultCore,
      BiFunction<String, SimulatorStore, TenantCore> newCore) {
    this.settings = settings;
    this.stores = stores;
    this.provisioning = provisioning;
    this.users = users;
    this.tokens = tokens;
    this.changes = changes;
    this.defaultCore = defaultCore;
    this.coreMaker = newCore;
  }

  /**
   * Makes the configured groups' tenants, and starts following deletions made by other instances.
   */
  Future<Void> start() {
    unsubscribe =
        changes.subscribe(
            change -> {
              if (change instanceof Change.TenantDeleted deleted) {
                forgetHere(deleted.tenant());
              }
            });
    List<Future<TenantCore>> started = new ArrayList<>();
    settings
        .groups()
        .keySet()
        .forEach(
            tenant -> {
              if (!tenant.equals(TenantSettings.DEFAULT)) {
                started.add(make(tenant));
              }
            });
    return Future.all(started).mapEmpty();
  }

  TenantCore defaultCore() {
    return defaultCore;
  }

  // --- TenantDirectory (the MoMo API) ---

  @Override
  public TenantServices servicesOf(ApiUser user) {
    String tenant = user.tenantId();
    if (tenant.equals(TenantSettings.DEFAULT)) {
      return defaultCore.services();
    }
    TenantCore core = running.get(tenant);
    if (core == null) {
      throw deletedTenantOf(user.id(), tenant);
    }
    return core.services();
  }

  private static MomoException deletedTenantOf(String apiUserId, String tenant) {
    return new MomoException(
        404,
        "TENANT_NOT_FOUND",
        "API user "
            + apiUserId
            + " belonged to tenant "
            + tenant
            + ", which was deleted: provision a new API user.");
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
      tenant = settings.tenantOf(apiUserId);
    }
    if (tenant.equals(TenantSettings.DEFAULT)) {
      return Future.succeededFuture(tenant);
    }
    return make(tenant).map(tenant);
  }

  /**
   * The simulator time of the tenant {@code user} belongs to, once that tenant is ready here and
   * its clock taken up as kept; empty for the default tenant's users (the token clock, {@link
   * Simulation}). Every MoMo API call of a tenant's user passes here first.
   */
  Future<Optional<Instant>> nowOf(ApiUser user) {
    String tenant = user.tenantId();
    if (tenant.equals(TenantSettings.DEFAULT)) {
      return Future.succeededFuture(Optional.empty());
    }
    return opened(tenant)
        .recover(unknown -> Future.failedFuture(deletedTenantOf(user.id(), tenant)))
        .compose(core -> core.simulation().time().refresh()) // shared: as kept
        .map(Optional::of);
  }

  // --- TenantControls (the control API) ---

  @Override
  public Future<Void> open(String tenant) {
    if (tenant == null || tenant.equals(TenantSettings.DEFAULT)) {
      return Future.succeededFuture();
    }
    // a clock shared with other instances is taken up before the control reads it
    return opened(tenant).compose(core -> core.simulation().time().refresh()).mapEmpty();
  }

  @Override
  public SimulatorControl control(String tenant) {
    return core(tenant).control();
  }

  @Override
  public Future<Void> requireStateDocuments(String tenant) {
    if (tenant != null && !tenant.equals(TenantSettings.DEFAULT)) {
      return Future.failedFuture(
          MomoException.badRequest(
              "A state document holds the default tenant's state; tenant "
                  + tenant
                  + " has none of its own (docs/tenants.md)."));
    }
    return stores
        .list()
        .compose(
            others ->
                others.isEmpty()
                    ? Future.succeededFuture()
                    : Future.failedFuture(
                        new MomoException(
                            409,
                            "TENANTS_EXIST",
                            "While other tenants exist ("
                                + others.size()
                                + "), the default tenant's state cannot be exported or imported:"
                                + " it would show or replace their API users. Delete them first"
                                + " (DELETE /_sim/tenants/{id}).")));
  }

  @Override
  public EventHub events(String tenant) {
    return core(tenant).events();
  }

  private TenantCore core(String tenant) {
    if (tenant == null || tenant.equals(TenantSettings.DEFAULT)) {
      return defaultCore;
    }
    TenantCore core = running.get(tenant);
    if (core == null) {
      throw unknown(tenant);
    }
    return core;
  }

  private static MomoException unknown(String tenant) {
    return new MomoException(
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

  @Override
  public Future<List<TenantView>> tenants() {
    return stores
        .list()
        .compose(
            entries -> {
              List<Future<TenantView>> views = new ArrayList<>();
              views.add(view(defaultCore, null));
              entries.forEach(
                  entry ->
                      views.add(
                          opened(entry.id())
                              .compose(core -> view(core, entry))
                              // deleted meanwhile by another caller
                              .otherwise((TenantView) null)));
              return Future.all(views)
                  .map(all -> views.stream().map(Future::result).filter(Objects::nonNull).toList());
            });
  }

  private Future<TenantView> view(TenantCore core, TenantStores.Entry entry) {
    Future<Integer> members =
        entry == null ? Future.succeededFuture(null) : users.idsIn(entry.id()).map(List::size);
    Instant createdAt = entry == null ? core.createdAt() : entry.createdAt();
    return members.compose(
        count ->
            core.simulation()
                .behaviours()
                .rules()
                .compose(
                    rules ->
                        core.simulation()
                            .store()
                            .transactions()
                            .count()
                            .map(
                                stored ->
                                    new TenantView(
                                        core.id(),
                                        count,
                                        stored.orElse(null),
                                        rules.size(),
                                        createdAt.toString()))));
  }

  @Override
  public Future<TenantView> create(String tenant) {
    try {
      TenantSettings.requireId(tenant, "tenant");
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(MomoException.badRequest(e.getMessage()));
    }
    if (tenant.equals(TenantSettings.DEFAULT)) {
      return view(defaultCore, null);
    }
    return make(tenant)
        .compose(
            core ->
                stores
                    .find(tenant)
                    .compose(
                        entry ->
                            entry.isPresent()
                                ? view(core, entry.get())
                                : Future.failedFuture(unknown(tenant))));
  }

  @Override
  public Future<TenantUser> provision(String tenant, Product product, String callbackHost) {
    String id = UUID.randomUUID().toString();
    return create(tenant)
        .compose(made -> provisioning.createUser(id, callbackHost, product, tenant))
        .compose(created -> provisioning.issueKey(id))
        .map(key -> new TenantUser(tenant, product.pathName(), id, key, callbackHost));
  }

  @Override
  public Future<Void> delete(String tenant) {
    if (tenant.equals(TenantSettings.DEFAULT)) {
      return Future.failedFuture(
          MomoException.badRequest(
              "The default tenant cannot be deleted: POST /_sim/reset empties it."));
    }
    return stores
        .unregister(tenant)
        .compose(
            existed -> {
              if (!existed) {
                return Future.failedFuture(unknown(tenant));
              }
              // Its API users and their tokens go with it: their calls are refused (401) from
              // now on, and a tenant made later under the same id starts without them.
              return users
                  .removeTenant(tenant)
                  .compose(tokens::removeOwners)
                  .compose(removed -> forgetHere(tenant))
                  .compose(
                      closed -> {
                        // the other instances close theirs (here, closed already: nothing to do)
                        changes.publish(new Change.TenantDeleted(tenant));
                        return stores.destroy(tenant);
                      });
            });
  }

  /** Closes this instance's core of a deleted tenant, if it has one open. */
  private Future<Void> forgetHere(String tenant) {
    TenantCore core = running.remove(tenant);
    if (core == null) {
      return Future.succeededFuture();
    }
    return core.events()
        .resyncAll() // open pages reconnect, to find it gone
        .transform(resynced -> core.stop(Duration.ofSeconds(5), Duration.ofSeconds(5)));
  }

  /** Stops every tenant's core here but the default one's (the simulator stops that itself). */
  Future<Void> stopOthers(Duration patience) {
    unsubscribe.run();
    List<Future<Void>> stopped = new ArrayList<>();
    running.values().forEach(core -> stopped.add(core.stop(patience, patience)));
    running.clear();
    return Future.join(stopped).transform(done -> stores.close());
  }

  /** The core of {@code tenant}, registered first if it does not exist (within the cap). */
  private Future<TenantCore> make(String tenant) {
    TenantCore core = running.get(tenant);
    if (core != null) {
      return Future.succeededFuture(core);
    }
    return stores
        .register(tenant, settings.maxTenants())
        .compose(
            entry ->
                entry.isPresent()
                    ? opened(tenant)
                    : Future.failedFuture(
                        new MomoException(
                            429,
                            "TENANT_LIMIT_REACHED",
                            "This simulator already has "
                                + settings.maxTenants()
                                + " tenants besides the default one (tenants.maxTenants): delete"
                                + " one (DELETE /_sim/tenants/{id}) first.")));
  }

  /** The running core of an existing {@code tenant}, opened here first if need be; 404 if none. */
  private Future<TenantCore> opened(String tenant) {
    TenantCore core = running.get(tenant);
    if (core != null) {
      return Future.succeededFuture(core);
    }
    Future<TenantCore> made = opening.computeIfAbsent(tenant, this::openExisting);
    made.onComplete(done -> opening.remove(tenant, made)); // outside the map's own update
    return made;
  }

  private Future<TenantCore> openExisting(String tenant) {
    TenantCore core = running.get(tenant);
    if (core != null) {
      return Future.succeededFuture(core); // opened by a caller that finished a moment ago
    }
    return stores
        .find(tenant)
        .compose(
            entry -> entry.isPresent() ? stores.open(tenant) : Future.failedFuture(unknown(tenant)))
        .compose(
            store -> {
              TenantCore made;
              try {
                made = coreMaker.apply(tenant, store);
              } catch (RuntimeException e) {
                return store.close().transform(closed -> Future.failedFuture(e));
              }
              return made.start()
                  .map(
                      started -> {
                        running.put(tenant, made);
                        return made;
                      })
                  .recover(
                      failed ->
                          made.stop(Duration.ofSeconds(5), Duration.ofSeconds(5))
                              .transform(stopped -> Future.failedFuture(failed)));
            });
  }
}

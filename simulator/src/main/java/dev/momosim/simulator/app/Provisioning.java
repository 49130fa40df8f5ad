package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.ApiUserStore;
import dev.momosim.simulator.config.PresetUser;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Secrets;
import io.vertx.core.Future;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The sandbox provisioning use cases (momo-api.md §3): create an API user, read it, issue its key,
 * and check a user's credentials. A preset user's documented key never changes, so nobody can break
 * it on a shared simulator. Thread-safe.
 */
public final class Provisioning {
  private final ApiUserStore users;
  private final Map<String, PresetUser> presets;
  private final UnaryOperator<String> presetTenant;
  private final SecureRandom random = new SecureRandom();

  /** Preset users in the default tenant. */
  public Provisioning(ApiUserStore users, List<PresetUser> presets) {
    this(users, presets, id -> null);
  }

  /**
   * @param presetTenant the tenant a preset user belongs to, by its id (null: the default one)
   */
  public Provisioning(
      ApiUserStore users, List<PresetUser> presets, UnaryOperator<String> presetTenant) {
    this.users = users;
    this.presetTenant = presetTenant;
    this.presets =
        presets.stream().collect(Collectors.toUnmodifiableMap(PresetUser::id, Function.identity()));
  }

  /** A user of the default tenant. Fails with 409 RESOURCE_ALREADY_EXIST when the id is taken. */
  public Future<Void> createUser(String id, String providerCallbackHost, Product product) {
    return createUser(id, providerCallbackHost, product, null);
  }

  /**
   * Fails with 409 RESOURCE_ALREADY_EXIST when the id is taken.
   *
   * @param tenant the tenant it belongs to (null: the default one)
   */
  public Future<Void> createUser(
      String id, String providerCallbackHost, Product product, String tenant) {
    return users
        .insertIfAbsent(new ApiUser(id, providerCallbackHost, product, null, tenant))
        .compose(kept -> kept ? Future.succeededFuture() : Future.failedFuture(duplicate()));
  }

  /** Fails with 404 RESOURCE_NOT_FOUND for an unknown user. */
  public Future<ApiUser> user(String id) {
    return users
        .find(id)
        .compose(found -> found.map(Future::succeededFuture).orElseGet(Provisioning::notFound));
  }

  /**
   * Issues a new 32-hex API key; the previous key stops working. A preset user gets its documented
   * key again. Fails with 404 RESOURCE_NOT_FOUND for an unknown user.
   */
  public Future<String> issueKey(String id) {
    PresetUser preset = presets.get(id);
    if (preset != null) {
      return user(id).map(ignored -> preset.apiKey());
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String key = HexFormat.of().formatHex(bytes);
    return users
        .replaceKey(id, Secrets.digest(key))
        .compose(known -> known ? Future.succeededFuture(key) : notFound());
  }

  /** The user whose id and current key these are, compared in constant time; else empty. */
  public Future<Optional<ApiUser>> authenticate(String id, String key) {
    return users.find(id).map(found -> found.filter(user -> user.hasApiKey(key)));
  }

  /** Makes sure every preset user exists with its documented key (on start and after a reset). */
  public Future<Void> provisionPresets() {
    Future<Void> chain = Future.succeededFuture();
    for (PresetUser preset : presets.values()) {
      chain =
          chain
              .compose(
                  done ->
                      users.insertIfAbsent(
                          new ApiUser(
                              preset.id(),
                              preset.providerCallbackHost(),
                              preset.product(),
                              null,
                              presetTenant.apply(preset.id()))))
              .compose(inserted -> users.replaceKey(preset.id(), Secrets.digest(preset.apiKey())))
              .mapEmpty();
    }
    return chain;
  }

  private static MomoException duplicate() {
    return MomoException.duplicate();
  }

  private static <T> Future<T> notFound() {
    return Future.failedFuture(MomoException.notFound());
  }
}

package dev.momosim.simulator.app;

import dev.momosim.simulator.app.port.ApiUserStore;
import dev.momosim.simulator.app.port.TokenStore;
import dev.momosim.simulator.domain.AccessToken;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Secrets;
import dev.momosim.simulator.domain.TokenGrant;
import dev.momosim.simulator.domain.TokenIssuer;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call what, in the gateway's order (momo-api.md §2): the subscription key of a product,
 * access tokens issued per product for an API user's credentials, and the checks every product
 * operation passes (token, target environment, the user's product). Thread-safe.
 */
public final class Access {
  /** What decides access; fixed for the simulator's life. */
  public record Settings(
      Map<String, Product> productBySubscriptionKey,
      Set<String> targetEnvironments,
      boolean usersWorkOnEveryProduct,
      Duration tokenLifetime) {
    public Settings {
      productBySubscriptionKey = Map.copyOf(productBySubscriptionKey);
      targetEnvironments = Set.copyOf(targetEnvironments);
    }
  }

  private final Settings settings;
  private final Provisioning provisioning;
  private final ApiUserStore users;
  private final TokenStore tokens;
  private final TokenClock tokenClock;
  private final TokenIssuer issuer = new TokenIssuer();

  /** Tokens expire on the simulator clock. */
  public Access(
      Settings settings,
      Provisioning provisioning,
      ApiUserStore users,
      TokenStore tokens,
      Time time) {
    this(settings, provisioning, users, tokens, user -> Future.succeededFuture(time.now()));
  }

  /**
   * @param tokenClock the clock an API user's tokens are issued and expire on: the simulator's, of
   *     the user's tenant ({@code tokens.clock: simulator}), or the wall clock ({@code wall})
   */
  public Access(
      Settings settings,
      Provisioning provisioning,
      ApiUserStore users,
      TokenStore tokens,
      TokenClock tokenClock) {
    this.settings = settings;
    this.provisioning = provisioning;
    this.users = users;
    this.tokens = tokens;
    this.tokenClock = tokenClock;
  }

  /** The product a subscription key belongs to, if it is one of the configured keys. */
  public Optional<Product> productOfSubscriptionKey(String key) {
    return Optional.ofNullable(settings.productBySubscriptionKey().get(key.trim()));
  }

  public Duration tokenLifetime() {
    return settings.tokenLifetime();
  }

  /** A new token for this product, or empty when the id and key are not a user's current ones. */
  public Future<Optional<AccessToken>> issueToken(
      String apiUserId, String apiKey, Product product) {
    return provisioning
        .authenticate(apiUserId, apiKey)
        .compose(
            found -> {
              if (found.isEmpty()) {
                return Future.succeededFuture(Optional.empty());
              }
              return tokenClock
                  .now(found.get())
                  .compose(
                      now -> {
                        AccessToken token =
                            issuer.issue(found.get(), product, now, settings.tokenLifetime());
                        return tokens.save(token.grant()).map(saved -> Optional.of(token));
                      });
            });
  }

  /**
   * The API user a product operation runs for, after the checks in MTN's order: a bearer token
   * valid now for this product (else 401), a configured target environment (else 500
   * NOT_ALLOWED_TARGET_ENVIRONMENT), and a user allowed on this product (else the same 500, as
   * measured in the sandbox).
   *
   * @param bearer the token presented, or null
   * @param targetEnvironment the {@code X-Target-Environment} header, or null
   */
  public Future<ApiUser> authorize(String bearer, Product product, String targetEnvironment) {
    Future<Optional<TokenGrant>> stored =
        bearer == null || bearer.isEmpty()
            ? Future.succeededFuture(Optional.empty())
            : tokens.find(Secrets.digest(bearer));
    return stored.compose(
        found -> {
          if (found.isEmpty()) {
            TokenIssuer.verify(bearer, null, product, null); // refuses it: 401
          }
          TokenGrant grant = found.get();
          return users
              .find(grant.apiUserId())
              .compose(
                  user ->
                      tokenClock
                          .now(user.orElse(null))
                          .map(now -> owner(bearer, grant, user, now, product, targetEnvironment)));
        });
  }

  /** The checks of {@link #authorize}, in MTN's order, once the token and its user are read. */
  private ApiUser owner(
      String bearer,
      TokenGrant grant,
      Optional<ApiUser> user,
      Instant now,
      Product product,
      String targetEnvironment) {
    TokenIssuer.verify(bearer, grant, product, now);
    if (targetEnvironment == null || !settings.targetEnvironments().contains(targetEnvironment)) {
      throw MomoException.targetEnvironmentForbidden();
    }
    ApiUser owner =
        user.orElseThrow(
            () -> MomoException.unauthorized("The API user of this token no longer exists."));
    if (owner.product() != product && !settings.usersWorkOnEveryProduct()) {
      throw MomoException.targetEnvironmentForbidden();
    }
    return owner;
  }

  /**
   * The API user behind Basic credentials (the consent operations, momo-api.md §4 T2/T3), after the
   * same checks as {@link #authorize} but the token's: empty when the id and key are not a user's
   * current ones; a failed Future for a target environment or product the user may not use.
   */
  public Future<Optional<ApiUser>> authenticate(
      String apiUserId, String apiKey, Product product, String targetEnvironment) {
    return provisioning
        .authenticate(apiUserId, apiKey)
        .compose(
            found ->
                found.isEmpty()
                    ? Future.succeededFuture(found)
                    : tokenClock.now(found.get()).map(found)) // its tenant made ready here
        .map(
            found -> {
              if (found.isEmpty()) {
                return found;
              }
              requireTargetEnvironment(targetEnvironment);
              if (found.get().product() != product && !settings.usersWorkOnEveryProduct()) {
                throw MomoException.targetEnvironmentForbidden();
              }
              return found;
            });
  }

  /**
   * @throws MomoException 500 NOT_ALLOWED_TARGET_ENVIRONMENT unless {@code targetEnvironment} is a
   *     configured one
   */
  public void requireTargetEnvironment(String targetEnvironment) {
    if (targetEnvironment == null || !settings.targetEnvironments().contains(targetEnvironment)) {
      throw MomoException.targetEnvironmentForbidden();
    }
  }

  /**
   * Makes the tokens of one tenant's API users invalid, as if all had expired (docs/tenants.md).
   *
   * @return how many there were
   */
  public Future<Integer> expireTokens(String tenant) {
    return users.idsIn(tenant).compose(tokens::removeOwners);
  }
}

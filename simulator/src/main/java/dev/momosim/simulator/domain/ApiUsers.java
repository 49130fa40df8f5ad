package dev.momosim.simulator.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The sandbox provisioning registry: API users and their keys. Thread-safe. */
public final class ApiUsers {
  private final ConcurrentHashMap<String, ApiUser> users = new ConcurrentHashMap<>();

  /** Users whose key never changes: the preset users, whose keys are documented and shared. */
  private final Set<String> fixedKeys = ConcurrentHashMap.newKeySet();

  private final SecureRandom random = new SecureRandom();

  /**
   * @throws MomoException 409 RESOURCE_ALREADY_EXIST when the id is taken
   */
  public ApiUser create(String id, String providerCallbackHost, Product product) {
    ApiUser user = new ApiUser(id, providerCallbackHost, product, null);
    if (users.putIfAbsent(id, user) != null) {
      throw MomoException.duplicate();
    }
    return user;
  }

  public Optional<ApiUser> find(String id) {
    return Optional.ofNullable(users.get(id));
  }

  /**
   * Issues a new 32-hex API key; the previous key stops working. A user with a fixed key gets that
   * key again, so nobody can break the documented key of a preset user on a shared simulator.
   *
   * @throws MomoException 404 RESOURCE_NOT_FOUND for an unknown user
   */
  public String issueKey(String id) {
    if (fixedKeys.contains(id)) {
      return find(id).map(ApiUser::apiKey).orElseThrow(MomoException::notFound);
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String key = HexFormat.of().formatHex(bytes);
    if (users.computeIfPresent(id, (userId, user) -> user.withApiKey(key)) == null) {
      throw MomoException.notFound();
    }
    return key;
  }

  /**
   * Gives a user a known key that {@link #issueKey} never replaces (preset users from the
   * configuration).
   */
  public void fixKey(String id, String key) {
    if (users.computeIfPresent(id, (userId, user) -> user.withApiKey(key)) == null) {
      throw MomoException.notFound();
    }
    fixedKeys.add(id);
  }

  /** The user whose id and current key these are, compared in constant time. */
  public Optional<ApiUser> authenticate(String id, String key) {
    ApiUser user = users.get(id);
    if (user == null || user.apiKey() == null || key == null) {
      return Optional.empty();
    }
    boolean same =
        MessageDigest.isEqual(
            user.apiKey().getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8));
    return same ? Optional.of(user) : Optional.empty();
  }

  public void clear() {
    users.clear();
    fixedKeys.clear();
  }
}

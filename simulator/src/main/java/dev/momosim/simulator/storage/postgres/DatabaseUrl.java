package dev.momosim.simulator.storage.postgres;

import io.vertx.pgclient.PgConnectOptions;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A {@code postgresql://USER[:PASS]@HOST[:PORT]/DB} URL, read once: the reactive client's options,
 * the JDBC form the migrations use, and a form safe to print (no password).
 */
public final class DatabaseUrl {
  private final PgConnectOptions options;

  private DatabaseUrl(PgConnectOptions options) {
    this.options = options;
  }

  /**
   * @throws IllegalArgumentException saying what is wrong, never echoing a password
   */
  public static DatabaseUrl parse(String url) {
    String redacted = redact(url);
    if (!url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
      throw new IllegalArgumentException(
          "database URL "
              + redacted
              + " must look like postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
    }
    PgConnectOptions options;
    try {
      options = PgConnectOptions.fromUri(url);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "database URL "
              + redacted
              + " cannot be read; it must look like postgresql://USER:PASSWORD@HOST:PORT/DATABASE",
          e);
    }
    if (options.getHost() == null || options.getHost().isBlank()) {
      throw new IllegalArgumentException("database URL " + redacted + " names no host");
    }
    if (options.getDatabase() == null || options.getDatabase().isBlank() || !namesDatabase(url)) {
      throw new IllegalArgumentException("database URL " + redacted + " names no database");
    }
    return new DatabaseUrl(options);
  }

  private static boolean namesDatabase(String url) {
    int hostStart = url.indexOf("://") + 3;
    int slash = url.indexOf('/', hostStart);
    return slash > 0 && slash < url.length() - 1 && url.charAt(slash + 1) != '?';
  }

  /** The options of the reactive client (a copy the caller may change). */
  public PgConnectOptions connectOptions() {
    return new PgConnectOptions(options);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://"
        + (options.getHost().contains(":") ? "[" + options.getHost() + "]" : options.getHost())
        + ":"
        + options.getPort()
        + "/"
        + options.getDatabase();
  }

  public String user() {
    return options.getUser();
  }

  public String password() {
    return options.getPassword() == null ? "" : options.getPassword();
  }

  /** The URL without its password, for logs and messages. */
  @Override
  public String toString() {
    return "postgresql://"
        + (options.getUser() == null ? "" : options.getUser() + "@")
        + options.getHost()
        + ":"
        + options.getPort()
        + "/"
        + options.getDatabase();
  }

  /** {@code url} with any password replaced by {@code ***}, even when it does not parse. */
  static String redact(String url) {
    try {
      URI uri = new URI(url);
      String userInfo = uri.getRawUserInfo();
      if (userInfo != null && userInfo.contains(":")) {
        return url.replace(userInfo, userInfo.substring(0, userInfo.indexOf(':')) + ":***");
      }
      return url;
    } catch (URISyntaxException e) {
      int at = url.lastIndexOf('@');
      return at < 0 ? url : "***" + url.substring(at);
    }
  }
}

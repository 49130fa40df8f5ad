package dev.momosim.simulator.storage.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Creates and migrates the schema with Flyway (versioned SQL in {@code db/momo-sim}, history in
 * {@code sim_schema_history}). Safe when several instances start at once: Flyway holds a PostgreSQL
 * advisory lock while it migrates, so one migrates and the others find it done. Blocking (JDBC):
 * never on an event loop.
 */
public final class PgMigrations {
  public static final String LOCATION = "classpath:db/momo-sim";

  private PgMigrations() {}

  /**
   * @return how many migrations this call applied
   * @throws IllegalArgumentException saying why the database cannot be used
   */
  public static int migrate(DatabaseUrl url) {
    try {
      return flyway(url).load().migrate().migrationsExecuted;
    } catch (FlywayException e) {
      throw new IllegalArgumentException("database " + url + ": " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * Creates (if need be) and migrates one tenant's schema (docs/tenants.md): the same tables as the
   * default schema's, with their own history.
   *
   * @return how many migrations this call applied
   */
  public static int migrate(DatabaseUrl url, String schema) {
    try {
      return flyway(url).schemas(schema).load().migrate().migrationsExecuted;
    } catch (FlywayException e) {
      throw new IllegalArgumentException(
          "database " + url + ", schema " + schema + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static FluentConfiguration flyway(DatabaseUrl url) {
    return Flyway.configure(PgMigrations.class.getClassLoader())
        .dataSource(url.jdbcUrl(), url.user(), url.password())
        .locations(LOCATION)
        .table("sim_schema_history")
        .connectRetries(3);
  }

  /** Whether the (migrated) database already holds transactions or balances. */
  public static boolean holdsState(DatabaseUrl url) {
    try (Connection connection =
            DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
        Statement statement = connection.createStatement();
        ResultSet found =
            statement.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM sim_transactions)"
                    + " OR EXISTS (SELECT 1 FROM sim_accounts)")) {
      return found.next() && found.getBoolean(1);
    } catch (SQLException e) {
      throw new IllegalArgumentException("database " + url + ": " + e.getMessage(), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "cannot be migrated";
    }
    String line = message.strip().lines().findFirst().orElse(message);
    return line;
  }
}

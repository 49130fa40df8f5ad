package dev.momosim.simulator.storage.postgres;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.flywaydb.core.Flyway;

/**
 * A fresh, migrated database of the {@link LocalPostgres} cluster for one test, and the pools of
 * the "instances" that share it (each pool stands for one simulator process). Close it after the
 * test.
 */
final class PgTestDatabase implements AutoCloseable {
  private final Vertx vertx;
  private final String url;
  private final List<Pool> pools = new ArrayList<>();

  private PgTestDatabase(Vertx vertx, String url) {
    this.vertx = vertx;
    this.url = url;
  }

  /** A new database with every migration applied; skips the test without PostgreSQL. */
  static PgTestDatabase create(Vertx vertx) {
    String url = LocalPostgres.shared().newDatabase();
    URI uri = URI.create(url);
    Flyway.configure()
        .dataSource(
            "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath(), "momo", "")
        .locations("classpath:db/momo-sim")
        .load()
        .migrate();
    return new PgTestDatabase(vertx, url);
  }

  /** A new pool on the database: one more instance. */
  Pool pool() {
    Pool pool =
        PgBuilder.pool()
            .with(new PoolOptions().setMaxSize(8))
            .connectingTo(PgConnectOptions.fromUri(url))
            .using(vertx)
            .build();
    pools.add(pool);
    return pool;
  }

  /** The value of the future, waiting at most 30 seconds; fails the test if it failed. */
  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the future failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within 30 seconds", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** What the future failed with, waiting at most 30 seconds; fails the test if it succeeded. */
  static Throwable failure(Future<?> future) {
    try {
      Object value = future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      throw new AssertionError("expected a failure, the future succeeded with " + value);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within 30 seconds", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Every future's value, in order, once all completed. */
  static <T> List<T> awaitAll(List<Future<T>> futures) {
    await(Future.join(futures));
    return futures.stream().map(Future::result).toList();
  }

  @Override
  public void close() {
    pools.forEach(pool -> await(pool.close()));
  }
}

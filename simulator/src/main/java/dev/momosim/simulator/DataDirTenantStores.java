package dev.momosim.simulator;

import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.storage.durable.JournalledStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tenants of a simulator with a data directory: each keeps its state, journalled like the default
 * tenant's, in {@code tenants/<id>/} of the data directory; the directory existing is the tenant
 * existing, so a restart finds them all. Blocking file work runs on worker threads.
 */
final class DataDirTenantStores implements TenantStores {
  /** The file in a tenant's directory that says when it was made (and that it is complete). */
  private static final String MADE = "tenant-created";

  private final Vertx vertx;
  private final Path root;
  private final SimulatorConfig tenantConfig;

  /**
   * @param tenantConfig the configuration of a tenant ({@link SimulatorConfig#forTenant})
   */
  DataDirTenantStores(Vertx vertx, SimulatorConfig tenantConfig) {
    this.vertx = vertx;
    this.tenantConfig = tenantConfig;
    this.root =
        Path.of(tenantConfig.storage().dataDir()).resolve(JournalledStore.TENANTS_DIRECTORY);
  }

  @Override
  public Future<Optional<Entry>> register(String tenant, int cap) {
    return vertx.executeBlocking(() -> registerNow(tenant, cap), true); // ordered: the cap holds
  }

  private Optional<Entry> registerNow(String tenant, int cap) throws IOException {
    Optional<Entry> known = read(tenant);
    if (known.isPresent()) {
      return known;
    }
    if (listNow().size() >= cap) {
      return Optional.empty();
    }
    Path dir = root.resolve(tenant);
    deleteTree(dir); // a new tenant starts empty, even where a deletion was cut short
    Files.createDirectories(dir);
    Instant now = Instant.now();
    Path made = dir.resolve(MADE + ".new");
    Files.writeString(made, now.toString(), StandardCharsets.UTF_8);
    Files.move(made, dir.resolve(MADE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return Optional.of(new Entry(tenant, now));
  }

  @Override
  public Future<Optional<Entry>> find(String tenant) {
    return vertx.executeBlocking(() -> read(tenant), false);
  }

  @Override
  public Future<List<Entry>> list() {
    return vertx.executeBlocking(this::listNow, false);
  }

  private List<Entry> listNow() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<Entry> all = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.toList()) {
        read(dir.getFileName().toString()).ifPresent(all::add);
      }
    }
    all.sort(Comparator.comparing(Entry::id));
    return all;
  }

  private Optional<Entry> read(String tenant) throws IOException {
    try {
      String made = Files.readString(root.resolve(tenant).resolve(MADE), StandardCharsets.UTF_8);
      return Optional.of(new Entry(tenant, Instant.parse(made.strip())));
    } catch (NoSuchFileException e) {
      return Optional.empty(); // none, or one whose making or deleting a crash cut short
    }
  }

  @Override
  public Future<SimulatorStore> open(String tenant) {
    return vertx.executeBlocking(
        () -> Stores.openDurable(tenantConfig, root.resolve(tenant).resolve("state")), false);
  }

  @Override
  public Future<Boolean> unregister(String tenant) {
    return vertx.executeBlocking(
        () -> {
          try {
            Files.delete(root.resolve(tenant).resolve(MADE));
            return true;
          } catch (NoSuchFileException e) {
            return false;
          }
        },
        true);
  }

  @Override
  public Future<Void> destroy(String tenant) {
    return vertx.executeBlocking(
        () -> {
          deleteTree(root.resolve(tenant));
          return null;
        },
        false);
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path visited, IOException failure)
                throws IOException {
              Files.delete(visited);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Future<Void> close() {
    return Future.succeededFuture();
  }
}

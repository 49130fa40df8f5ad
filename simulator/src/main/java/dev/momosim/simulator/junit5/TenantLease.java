package dev.momosim.simulator.junit5;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TenantUser;
import dev.momosim.simulator.domain.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A fresh tenant of a shared simulator, held by one test class or test (docs/tenants.md): one API
 * user per product provisioned into it. Closing deletes the tenant; closing twice is harmless.
 */
final class TenantLease implements AutoCloseable {
  private final MomoSimulator simulator;
  private final String id;
  private final SandboxCredentials credentials;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TenantLease(MomoSimulator simulator, String id, SandboxCredentials credentials) {
    this.simulator = simulator;
    this.id = id;
    this.credentials = credentials;
  }

  /** Makes a tenant named after {@code owner} and a random suffix, with its users. */
  static TenantLease open(MomoSimulator simulator, String owner) {
    String id = tenantId(owner);
    List<TenantUser> users = new ArrayList<>();
    try {
      for (Product product : Product.values()) {
        users.add(
            RunningSimulator.await(
                simulator.tenants().provision(id, product, "localhost"),
                "provision a " + product.pathName() + " user into tenant " + id));
      }
    } catch (RuntimeException e) {
      simulator.tenants().delete(id); // what was made of it goes; the failure is what counts
      throw e;
    }
    return new TenantLease(simulator, id, SandboxCredentials.ofTenant(simulator, users));
  }

  private static String tenantId(String owner) {
    String readable = owner.replaceAll("[^A-Za-z0-9._-]", "-");
    if (readable.length() > 40) {
      readable = readable.substring(readable.length() - 40);
    }
    return "junit-" + readable + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  MomoSimulator simulator() {
    return simulator;
  }

  String id() {
    return id;
  }

  SimulatorControl control() {
    return simulator.control(id);
  }

  SandboxCredentials credentials() {
    return credentials;
  }

  /** Back to the configured start state, keeping the tenant's users. */
  void reset() {
    RunningSimulator.await(control().reset(), "reset tenant " + id);
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      RunningSimulator.await(simulator.tenants().delete(id), "delete tenant " + id);
    }
  }
}

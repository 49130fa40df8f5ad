package dev.momosim.simulator.http;

import dev.momosim.simulator.app.Accounts;
import dev.momosim.simulator.app.DeliveryNotifications;
import dev.momosim.simulator.app.Payments;
import dev.momosim.simulator.app.RequestJournal;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One tenant's application services: what an authenticated MoMo API call is answered with.
 *
 * @param tenant the tenant's id
 * @param requestJournal where the calls of the tenant's API users are journalled
 * @param clock the tenant's simulator clock
 */
public record TenantServices(
    String tenant,
    Payments payments,
    DeliveryNotifications deliveryNotifications,
    Accounts accounts,
    RequestJournal requestJournal,
    Supplier<Instant> clock) {
  public TenantServices {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(deliveryNotifications, "deliveryNotifications");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(requestJournal, "requestJournal");
    Objects.requireNonNull(clock, "clock");
  }
}

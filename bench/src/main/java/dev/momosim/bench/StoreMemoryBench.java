package dev.momosim.bench;

import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.app.Behaviours;
import dev.momosim.simulator.app.PaymentSettings;
import dev.momosim.simulator.app.Payments;
import dev.momosim.simulator.app.Scheduler;
import dev.momosim.simulator.app.Time;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Party;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.SimulatorClock;
import dev.momosim.simulator.domain.TransactionQuery;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import dev.momosim.simulator.storage.memory.InMemoryWorkQueue;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Heap per stored transaction: drives the simulator's application layer ({@link Payments} over the
 * in-memory store) the way the request-to-pay handler does, parsing the bench's JSON body afresh
 * for every request so each stored transaction owns its own strings, then forces GC and reports
 * (heap after - heap before) / N. Prints one JSON object on standard output.
 *
 * <p>Usage: {@code java -Xmx2g -cp momo-sim-bench.jar dev.momosim.bench.StoreMemoryBench [COUNT]}.
 */
public final class StoreMemoryBench {
  static final String BODY =
      "{\"amount\":\"100\",\"currency\":\"EUR\",\"externalId\":\"bench\","
          + "\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"256770000001\"},"
          + "\"payerMessage\":\"bench\",\"payeeNote\":\"bench\"}";
  private static final String API_USER = "c0111ec7-0000-4000-8000-000000000001";

  private StoreMemoryBench() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    // A payer rich enough that every payment succeeds, as most do in a load test, and a retention
    // cap above the count, so every transaction stays stored.
    SimulatorConfig config = SimulatorConfig.defaults();
    BigDecimal rich = new BigDecimal("1000000000000");
    InMemoryStore store =
        new InMemoryStore(
            new InMemoryStore.Settings(
                count + 1, 1000, 1, account -> rich, config.ruleSet().rules(), ApprovalMode.AUTO));
    Time time =
        new Time(
            new SimulatorClock(Clock.systemUTC()),
            new Scheduler(new InMemoryWorkQueue()),
            store.clock(),
            store.changes());
    Behaviours behaviours =
        new Behaviours(store.behaviour(), config.ruleSet(), ApprovalMode.AUTO, store.changes());
    Payments payments =
        new Payments(
            time,
            store.transactions(),
            store.settlements(),
            behaviours,
            new PaymentSettings("EUR", 500, Duration.ofMinutes(5), "NOT_ENOUGH_FUNDS"),
            store.changes());
    ApiUser user = new ApiUser(API_USER, "localhost", Product.COLLECTION, null);
    Buffer body = Buffer.buffer(BODY);
    accept(payments, user, body); // loads the classes and opens the ledger accounts
    long before = settledHeap();
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      accept(payments, user, body);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long after = settledHeap();
    int stored =
        payments.list(new TransactionQuery(null, null, null, Integer.MAX_VALUE)).result().size()
            - 1; // minus the warm-up one
    System.out.println(
        new JsonObject()
            .put("transactions", count)
            .put("stored", stored)
            .put("heapBeforeBytes", before)
            .put("heapAfterBytes", after)
            .put("bytesPerTransaction", (after - before) / (double) Math.max(1, stored))
            .put("acceptsPerSecond", count / seconds)
            .encode());
  }

  private static void accept(Payments payments, ApiUser user, Buffer body) {
    JsonObject json = new JsonObject(body);
    JsonObject payer = json.getJsonObject("payer");
    PaymentRequest request =
        new PaymentRequest(
            Product.COLLECTION,
            Operation.REQUEST_TO_PAY,
            UUID.randomUUID().toString(),
            user.id(),
            new BigDecimal(json.getString("amount")),
            json.getString("currency"),
            json.getString("externalId"),
            new Party(payer.getString("partyIdType"), payer.getString("partyId")),
            json.getString("payerMessage"),
            json.getString("payeeNote"),
            null);
    payments.accept(request, user);
  }

  /** Heap in use after full collections, once two in a row agree to within 1%. */
  private static long settledHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) < used / 100) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}

package dev.momosim.shop;

import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.control.AccountView;
import dev.momosim.simulator.control.RequestFilter;
import dev.momosim.simulator.control.RequestView;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.control.TransactionFilter;
import dev.momosim.simulator.control.TransactionView;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The simulator's control API, blocking, for test threads. */
final class Sim {
  private final SimulatorControl control;

  Sim(SimulatorControl control) {
    this.control = control;
  }

  /**
   * The demo's settings (examples/shop/demo-simulator.json): every payment waits for the payer
   * phone, except the sandbox test numbers and the seller's payout.
   */
  void customerApprovesOnThePhone() {
    JsonObject demo;
    try {
      demo = new JsonObject(Files.readString(Path.of("demo-simulator.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    await(
        control.setApprovalMode(
            ApprovalMode.valueOf(demo.getJsonObject("approval").getString("mode"))));
    addRules(demo.getJsonArray("rules").encode());
  }

  /** Every payment waits for a decision, the seller's payout too. */
  void manualApproval() {
    await(control.setApprovalMode(ApprovalMode.MANUAL));
  }

  void approve(String referenceId) {
    await(control.approve(referenceId));
  }

  void advanceClock(Duration by) {
    await(control.advanceClock(by));
  }

  void addRules(String json) {
    await(control.addRules(new JsonArray(json)));
  }

  void setBalance(String account, String balance) {
    await(control.setBalance(account, new BigDecimal(balance)));
  }

  BigDecimal balance(String account) {
    return await(control.accounts()).stream()
        .filter(a -> a.account().equals(account))
        .map(AccountView::balance)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no account " + account));
  }

  /** Every transaction of one operation to or from this party, newest first. */
  List<TransactionView> transactions(String operation, String partyId) {
    return await(control.transactions(new TransactionFilter(null, null, partyId, 1000))).stream()
        .filter(t -> t.operation().equals(operation))
        .toList();
  }

  /** How many status reads of this reference id the simulator answered. */
  long statusReads(String referenceId) {
    return await(control.requests(new RequestFilter(null, referenceId, null, 1000))).stream()
        .filter(r -> r.method().equals("GET"))
        .count();
  }

  /**
   * The HTTP statuses the simulator answered to the creating POSTs of this reference id, oldest
   * first.
   */
  List<Integer> postStatuses(String referenceId) {
    return await(control.requests(new RequestFilter(null, referenceId, null, 1000))).stream()
        .filter(r -> r.method().equals("POST"))
        .sorted(Comparator.comparingLong(RequestView::id))
        .map(RequestView::status)
        .toList();
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

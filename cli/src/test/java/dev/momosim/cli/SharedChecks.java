package dev.momosim.cli;

import static dev.momosim.cli.SandboxCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.control.AccountPage;
import dev.momosim.simulator.control.AccountView;
import dev.momosim.simulator.control.CallbackView;
import dev.momosim.simulator.control.HttpSimulatorControl;
import dev.momosim.simulator.control.Paging;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/**
 * Waits and readings of {@link SharedSimulatorAcceptanceTest}: payments until final, callbacks
 * until delivered and journalled, balances, rules. Each wait has a deadline; none sleeps.
 */
final class SharedChecks {
  private static final Duration DEADLINE = Duration.ofSeconds(90);

  private SharedChecks() {}

  /** Each payment's final status GET body, waiting until none is PENDING any more. */
  static Map<String, JsonObject> awaitFinal(
      SharedApi api, Set<String> references, String url, boolean transfer) {
    Map<String, JsonObject> finished = new ConcurrentHashMap<>();
    Awaitility.await("every payment is final")
        .atMost(DEADLINE)
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () -> {
              for (String reference : references) {
                if (finished.containsKey(reference)) {
                  continue;
                }
                HttpResponse<String> answer =
                    transfer
                        ? api.transferStatus(url, reference)
                        : api.requestToPayStatus(url, reference);
                String status = api.statusOf(answer);
                if (!status.equals("PENDING") && !status.equals("CREATED")) {
                  finished.put(reference, new JsonObject(answer.body()));
                }
              }
              assertThat(finished.keySet()).containsExactlyInAnyOrderElementsOf(references);
            });
    return finished;
  }

  /**
   * Waits until every payment's callback arrived and the callback journal shows it delivered; then
   * each was sent exactly once and journalled once.
   */
  static void awaitOneDeliveredCallbackEach(
      HttpSimulatorControl control, Set<String> references, CallbackCounter callbacks) {
    Awaitility.await("every payment's callback is delivered and journalled")
        .atMost(DEADLINE)
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              assertThat(references).allMatch(reference -> callbacks.count(reference) > 0);
              Map<String, List<CallbackView>> journalled = journalled(control, references);
              assertThat(journalled.keySet()).containsExactlyInAnyOrderElementsOf(references);
              assertThat(journalled.values())
                  .allMatch(views -> views.stream().allMatch(v -> "DELIVERED".equals(v.outcome())));
            });
    Map<String, List<CallbackView>> journalled = journalled(control, references);
    for (String reference : references) {
      assertThat(callbacks.count(reference))
          .as("callbacks received for %s", reference)
          .isEqualTo(1);
      assertThat(journalled.get(reference)).as("journal entries for %s", reference).hasSize(1);
    }
  }

  static Map<String, List<CallbackView>> journalled(
      HttpSimulatorControl control, Set<String> references) {
    List<CallbackView> all = new ArrayList<>();
    Paging paging = Paging.FIRST;
    while (paging != null) {
      var page = await(control.callbackPage(paging));
      all.addAll(page.items());
      paging = page.hasNext() ? paging.next(page.next()) : null;
    }
    return all.stream()
        .filter(view -> references.contains(view.referenceId()))
        .collect(Collectors.groupingBy(CallbackView::referenceId));
  }

  static void awaitSize(Map<String, String> acknowledged, int atLeast) {
    Awaitility.await(atLeast + " payments acknowledged")
        .atMost(DEADLINE)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> acknowledged.size() >= atLeast);
  }

  static Map<String, Long> statusCounts(Map<String, JsonObject> finished) {
    return finished.values().stream()
        .collect(
            Collectors.groupingBy(
                body ->
                    body.getString("status")
                        + (body.getValue("reason") == null ? "" : " " + reason(body)),
                Collectors.counting()));
  }

  static String reason(JsonObject body) {
    Object reason = body.getValue("reason");
    return reason instanceof JsonObject object ? object.getString("code") : reason.toString();
  }

  static BigDecimal balance(AccountPage accounts, String account) {
    return accounts.accounts().stream()
        .filter(view -> view.account().equals(account))
        .map(AccountView::balance)
        .findFirst()
        .orElseThrow(() -> new AssertionError(account + " is not among " + accounts.accounts()));
  }

  static JsonArray delayedRule(String name, String prefix, String status, int seconds) {
    return new JsonArray()
        .add(
            new JsonObject()
                .put("name", name)
                .put("match", new JsonObject().put("partyIdPrefix", prefix))
                .put(
                    "outcome",
                    new JsonObject().put("status", status).put("delaySeconds", seconds)));
  }

  static String randomMsisdn(String prefix) {
    return prefix + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
  }
}

package dev.momosim.bench;

import static dev.momosim.bench.Results.CEILING;
import static dev.momosim.bench.Results.PRISM;
import static dev.momosim.bench.Results.SIM_JOURNAL_OFF;
import static dev.momosim.bench.Results.SIM_JOURNAL_ON;
import static dev.momosim.bench.Results.WIREMOCK_JOURNAL_OFF;
import static dev.momosim.bench.Results.WIREMOCK_JOURNAL_ON;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Issue 7's goals checked against one run's results: what was measured, the bound, met or not. */
final class Goals {
  /** One goal: met is null when the run could not measure it. */
  record Goal(String goal, String measured, Boolean met) {
    JsonObject toJson() {
      return new JsonObject().put("goal", goal).put("measured", measured).put("met", met);
    }
  }

  private final Results results;
  private final List<Goal> goals = new ArrayList<>();

  private Goals(Results results) {
    this.results = results;
  }

  static List<Goal> check(Results results) {
    Goals check = new Goals(results);
    for (String sim : List.of(SIM_JOURNAL_OFF, SIM_JOURNAL_ON)) {
      check.ceilingShare(sim, "status", 0.60);
      check.ceilingShare(sim, "requesttopay", 0.40);
      String wiremock = sim.equals(SIM_JOURNAL_ON) ? WIREMOCK_JOURNAL_ON : WIREMOCK_JOURNAL_OFF;
      for (String scenario : List.of("status", "requesttopay")) {
        check.peerMultiple(sim, wiremock, scenario);
        check.peerMultiple(sim, PRISM, scenario);
        check.p99(sim, scenario);
      }
    }
    check.startup();
    check.store();
    check.client();
    return check.goals;
  }

  private void ceilingShare(String sim, String scenario, double atLeast) {
    double share = results.rps(sim, scenario) / results.rps(CEILING, "status");
    add(
        String.format(
            Locale.ROOT, "%s %s >= %.0f%% of ceiling req/s", sim, scenario, atLeast * 100),
        percent(share),
        share >= atLeast,
        share);
  }

  private void peerMultiple(String sim, String peer, String scenario) {
    double multiple = results.rps(sim, scenario) / results.rps(peer, scenario);
    add(sim + " " + scenario + " >= 5x " + peer, times(multiple), multiple >= 5, multiple);
  }

  private void p99(String sim, String scenario) {
    double ratio = results.p99(sim, scenario) / results.p99(CEILING, "status");
    add(
        sim + " " + scenario + " p99 <= 2x ceiling p99",
        String.format(Locale.ROOT, "%.2f ms = %s", results.p99(sim, scenario), times(ratio)),
        ratio <= 2,
        ratio);
  }

  private void startup() {
    double ratio = results.startupMillis("momo-sim") / results.startupMillis(CEILING);
    add(
        "launch to first token <= 1.5x ceiling launch to first 200",
        String.format(
            Locale.ROOT,
            "%.0f ms vs %.0f ms = %s",
            results.startupMillis("momo-sim"),
            results.startupMillis(CEILING),
            times(ratio)),
        ratio <= 1.5,
        ratio);
  }

  private void store() {
    results
        .first("store")
        .ifPresentOrElse(
            store -> {
              double bytes = store.getDouble("bytesPerTransaction");
              add(
                  "heap per stored transaction <= 1 KB (1024 B)",
                  String.format(Locale.ROOT, "%.0f B", bytes),
                  bytes <= 1024,
                  bytes);
            },
            () -> goals.add(new Goal("heap per stored transaction <= 1 KB", "not measured", null)));
    JsonObject soak = results.first("soak").orElse(null);
    goals.add(
        soak == null
            ? new Goal(
                "memory flat over a 10-minute soak with retention on",
                "not run (BENCH_SOAK_SECONDS=600 runs it)",
                null)
            : new Goal(
                "memory flat over a 10-minute soak with retention on",
                soak.getString("summary"),
                soak.getBoolean("flat")));
  }

  private void client() {
    JsonObject client = results.first("client").orElse(null);
    if (client == null || client.containsKey("pending")) {
      String why = client == null ? "not run" : "pending: " + client.getString("pending");
      goals.add(new Goal("client >= 80% of raw vertx-web-client req/s", why, null));
      goals.add(
          new Goal("exactly one token request for 1,000 concurrent calls at expiry", why, null));
      return;
    }
    goals.addAll(clientShares(client, 0.8));
    JsonObject expiry = client.getJsonObject("tokenExpiry");
    int tokens = expiry.getInteger("tokenRequests");
    goals.add(
        new Goal(
            "exactly one token request for 1,000 concurrent calls at expiry",
            tokens + " token request(s), " + expiry.getLong("failed") + " failed calls",
            tokens == 1 && expiry.getLong("failed") == 0));
  }

  /** MomoClient's req/s as a share of raw vertx-web-client's, per call, against {@code atLeast}. */
  static List<Goal> clientShares(JsonObject client, double atLeast) {
    List<Goal> shares = new ArrayList<>();
    for (String call : List.of("Status", "RequestToPay")) {
      double share =
          client.getJsonObject("client" + call).getDouble("requestsPerSecond")
              / client.getJsonObject("raw" + call).getDouble("requestsPerSecond");
      shares.add(
          checked(
              String.format(
                  Locale.ROOT,
                  "client %s >= %.0f%% of raw vertx-web-client req/s",
                  call,
                  atLeast * 100),
              percent(share),
              share >= atLeast,
              share));
    }
    return shares;
  }

  private void add(String goal, String measured, boolean met, double value) {
    goals.add(checked(goal, measured, met, value));
  }

  /** A goal checked against {@code value}: "not measured" when the run has no value (NaN). */
  static Goal checked(String goal, String measured, boolean met, double value) {
    return new Goal(
        goal, Double.isNaN(value) ? "not measured" : measured, Double.isNaN(value) ? null : met);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  static String times(double ratio) {
    return String.format(Locale.ROOT, "%.2fx", ratio);
  }
}

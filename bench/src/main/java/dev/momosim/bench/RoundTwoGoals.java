package dev.momosim.bench;

import static dev.momosim.bench.Goals.percent;
import static dev.momosim.bench.Goals.times;
import static dev.momosim.bench.Results.CEILING;
import static dev.momosim.bench.Results.PRISM;
import static dev.momosim.bench.Results.SIM_JOURNAL_OFF;
import static dev.momosim.bench.Results.WIREMOCK_JOURNAL_OFF;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 19's goals (performance, round two) checked against one run's results. A goal whose rows
 * the run did not make (a part left out of {@code BENCH_PARTS}) is "not measured".
 */
final class RoundTwoGoals {
  private static final List<String> SCENARIOS = List.of("status", "requesttopay", "token", "flow");
  private static final String CDS = "momo-sim, bin/momo-sim with AppCDS";
  private static final String THOUSAND = "momo-sim, 1,000 stored";

  private final Results results;
  private final List<Goals.Goal> goals = new ArrayList<>();

  private RoundTwoGoals(Results results) {
    this.results = results;
  }

  static List<Goals.Goal> check(Results results) {
    RoundTwoGoals check = new RoundTwoGoals(results);
    for (String scenario : SCENARIOS) {
      check.p99(scenario);
    }
    check.ceilingShare("status", 0.70);
    for (String scenario : List.of("requesttopay", "token", "flow")) {
      check.ceilingShare(scenario, 0.50);
    }
    check.cpu("status", 1.5);
    check.cpu("requesttopay", 2.5);
    for (String scenario : SCENARIOS) {
      check.peer(WIREMOCK_JOURNAL_OFF, scenario, 5);
      check.peer(PRISM, scenario, 30);
    }
    check.startup();
    check.flat("momo-sim, 1,000,000 stored", "1,000,000 stored", 0.90);
    check.flat("momo-sim, 1,000 rules more", "1,000 rules", 0.80);
    check.flat("momo-sim, 50 reading listeners", "50 reading listeners", 0.80);
    check.durable("process", 0.70);
    check.durable("fsync", 0.30);
    check.store();
    check.client();
    return check.goals;
  }

  private void p99(String scenario) {
    double ratio = results.p99(SIM_JOURNAL_OFF, scenario) / results.p99(CEILING, "status");
    add(
        SIM_JOURNAL_OFF + " " + scenario + " p99 <= 2x ceiling p99",
        String.format(
            Locale.ROOT, "%.2f ms = %s", results.p99(SIM_JOURNAL_OFF, scenario), times(ratio)),
        ratio <= 2,
        ratio);
  }

  private void ceilingShare(String scenario, double atLeast) {
    double share = results.rps(SIM_JOURNAL_OFF, scenario) / results.rps(CEILING, "status");
    add(
        String.format(
            Locale.ROOT,
            "%s %s >= %.0f%% of ceiling req/s",
            SIM_JOURNAL_OFF,
            scenario,
            atLeast * 100),
        percent(share),
        share >= atLeast,
        share);
  }

  private void cpu(String scenario, double atMost) {
    double ratio =
        results.cpuMicros(SIM_JOURNAL_OFF, scenario) / results.cpuMicros(CEILING, "status");
    add(
        String.format(
            Locale.ROOT,
            "%s %s CPU per request <= %.1fx the ceiling's",
            SIM_JOURNAL_OFF,
            scenario,
            atMost),
        times(ratio),
        ratio <= atMost,
        ratio);
  }

  private void peer(String peer, String scenario, double atLeast) {
    double multiple = results.rps(SIM_JOURNAL_OFF, scenario) / results.rps(peer, scenario);
    add(
        String.format(Locale.ROOT, "%s %s >= %.0fx %s", SIM_JOURNAL_OFF, scenario, atLeast, peer),
        times(multiple),
        multiple >= atLeast,
        multiple);
  }

  private void startup() {
    double ratio = results.startupMillis(CDS) / results.startupMillis(CEILING);
    add(
        "launch to first token (bin/momo-sim) <= 1.2x ceiling launch to first 200",
        String.format(
            Locale.ROOT,
            "%.0f ms vs %.0f ms = %s",
            results.startupMillis(CDS),
            results.startupMillis(CEILING),
            times(ratio)),
        ratio <= 1.2,
        ratio);
  }

  private void flat(String target, String what, double atLeast) {
    for (String scenario : List.of("status", "requesttopay")) {
      double share = results.rps(target, scenario) / results.rps(THOUSAND, scenario);
      add(
          String.format(
              Locale.ROOT, "%s: %s >= %.0f%% of 1,000 stored", what, scenario, atLeast * 100),
          percent(share),
          share >= atLeast,
          share);
    }
  }

  private void durable(String durability, double atLeast) {
    double share =
        results.rps("momo-sim, --data-dir, durability " + durability, "requesttopay")
            / results.rps("momo-sim, in memory (data-dir baseline)", "requesttopay");
    add(
        String.format(
            Locale.ROOT,
            "--data-dir, durability %s: requesttopay >= %.0f%% of in memory",
            durability,
            atLeast * 100),
        percent(share),
        share >= atLeast,
        share);
  }

  private void store() {
    double bytes =
        results
            .first("store")
            .map(store -> store.getDouble("bytesPerTransaction"))
            .orElse(Double.NaN);
    add(
        "heap per stored transaction <= 512 B",
        String.format(Locale.ROOT, "%.0f B", bytes),
        bytes <= 512,
        bytes);
  }

  private void client() {
    JsonObject client = results.first("client").orElse(null);
    if (client == null || client.containsKey("pending")) {
      goals.add(new Goals.Goal("client >= 95% of raw vertx-web-client req/s", "not run", null));
      return;
    }
    goals.addAll(Goals.clientShares(client, 0.95));
  }

  private void add(String goal, String measured, boolean met, double value) {
    goals.add(Goals.checked(goal, measured, met, value));
  }
}

package dev.momosim.bench;

import static dev.momosim.bench.Results.CEILING;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Turns one run's JSON lines into {@code latest.md} (tables: requests/s, p50, p99, startup, memory,
 * every ratio to the ceiling and to each peer, the goals, the machine), {@code latest.json} and,
 * when a fourth path is given, the picture ({@link Chart}), and prints the markdown. Usage: {@code
 * Report RESULTS.jsonl OUT.md OUT.json [OUT.png]}.
 */
public final class Report {
  static final List<String> SCENARIOS = List.of("status", "requesttopay", "token", "flow");
  static final String[] SCENARIO_NAMES = {
    "status GET", "request-to-pay POST", "token POST", "flow mix (1 POST : 2 GET)"
  };

  private final Results results;
  private final StringBuilder md = new StringBuilder();
  private final JsonObject json = new JsonObject();

  private Report(Results results) {
    this.results = results;
  }

  public static void main(String[] args) throws IOException {
    Results results = Results.read(Path.of(args[0]));
    Report report = new Report(results);
    report.build();
    Files.writeString(Path.of(args[1]), report.md);
    Files.writeString(Path.of(args[2]), report.json.encodePrettily() + "\n");
    if (args.length > 3) {
      new Chart(results).write(Path.of(args[3]));
    }
    System.out.print(report.md);
  }

  private void build() {
    JsonObject machine = results.first("machine").orElse(new JsonObject());
    json.put("machine", machine);
    md.append("# momo-sim benchmark: latest run\n\n")
        .append("Made by `")
        .append(machine.getString("command", "bench/run.sh"))
        .append("` on ")
        .append(machine.getString("date", "?"))
        .append(". All servers on loopback, one at a time, sharing ")
        .append(machine.getValue("nproc", "?"))
        .append(" cores with the load generator: compare ratios within ")
        .append("this run, not absolute numbers across machines.\n\n");
    loadTable();
    startupTable();
    storeAndClient();
    goals();
    machineSection(machine);
  }

  private void loadTable() {
    JsonObject settings =
        results
            .first("machine")
            .map(m -> m.getJsonObject("settings", new JsonObject()))
            .orElse(new JsonObject());
    md.append("## Throughput and latency\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "wrk -t%s -c%s -d%ss per measurement, after %ss of warm-up per "
                    + "measurement (and %ss once per JVM server).%n%n",
                settings.getValue("threads"),
                settings.getValue("connections"),
                settings.getValue("durationSeconds"),
                settings.getValue("warmupSeconds"),
                settings.getValue("jvmWarmupSeconds")))
        .append(
            "| target | scenario | req/s | p50 ms | p99 ms | non-2xx / errors | server CPU us/req "
                + "| load avg | % of ceiling req/s | p99 / ceiling p99 | CPU/req / ceiling |");
    List<String> peers =
        Results.PEERS.stream().filter(p -> results.loadTargets().contains(p)).toList();
    peers.forEach(peer -> md.append(" x ").append(peer).append(" |"));
    md.append("\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        .append("---:|".repeat(peers.size()))
        .append('\n');
    JsonArray rows = new JsonArray();
    double ceilingRps = results.rps(CEILING, "status");
    double ceilingP99 = results.p99(CEILING, "status");
    double ceilingCpu = results.cpuMicros(CEILING, "status");
    for (String target : results.loadTargets()) {
      for (int i = 0; i < SCENARIOS.size(); i++) {
        String scenario = SCENARIOS.get(i);
        JsonObject wrk = results.load(target, scenario).orElse(null);
        if (wrk == null) {
          continue;
        }
        double rps = wrk.getDouble("requestsPerSecond");
        JsonObject record = results.loadRecord(target, scenario).orElseThrow();
        double cpu = results.cpuMicros(target, scenario);
        JsonObject ratios =
            new JsonObject()
                .put("toCeilingRequestsPerSecond", rps / ceilingRps)
                .put("toCeilingP99", wrk.getDouble("p99Millis") / ceilingP99)
                .put("toCeilingCpuPerRequest", cpu / ceilingCpu);
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %,.0f | %.2f | %.2f | %s | %.1f | %.1f | %s | %s | %s |",
                target,
                SCENARIO_NAMES[i],
                rps,
                wrk.getDouble("p50Millis"),
                wrk.getDouble("p99Millis"),
                errors(wrk),
                cpu,
                record.getDouble("loadAverage", Double.NaN),
                Goals.percent(rps / ceilingRps),
                Goals.times(wrk.getDouble("p99Millis") / ceilingP99),
                Goals.times(cpu / ceilingCpu)));
        for (String peer : peers) {
          double ratio = rps / results.rps(peer, scenario);
          ratios.put("to " + peer, Double.isNaN(ratio) ? null : ratio);
          md.append(
              peer.equals(target) || Double.isNaN(ratio)
                  ? " - |"
                  : " " + Goals.times(ratio) + " |");
        }
        md.append('\n');
        rows.add(
            new JsonObject()
                .put("target", target)
                .put("scenario", scenario)
                .put("wrk", wrk)
                .put("serverCpuMicrosPerRequest", cpu)
                .put("loadAverage", record.getValue("loadAverage"))
                .put("ratios", ratios));
      }
    }
    json.put("load", rows);
    md.append(
            "\nCeiling: one vertx-web route answering a fixed JSON body the size of a status body (")
        .append(CeilingServer.STATUS_BODY.length())
        .append(" bytes), GET only; every % of ceiling is against ")
        .append(
            "its GET. Server CPU us/req is the server process's user + system CPU time (all its threads: ")
        .append(
            "event loop, GC, JIT) during the measurement divided by the requests answered; unlike req/s it ")
        .append(
            "hardly depends on what else runs on the machine. Load avg is the 1-minute load average at the end ")
        .append("of the measurement (the load generator alone adds about 2).\n\n");
  }

  private static String errors(JsonObject wrk) {
    JsonObject e = wrk.getJsonObject("errors");
    int socket =
        e.getInteger("connect")
            + e.getInteger("read")
            + e.getInteger("write")
            + e.getInteger("timeout");
    return e.getInteger("status") + (socket > 0 ? " / " + socket : "");
  }

  private void startupTable() {
    md.append("## Startup and resident memory\n\n")
        .append(
            "| target | launch to first OK, median ms | runs ms | x ceiling | RSS at start | RSS after load |\n")
        .append("|---|---:|---|---:|---:|---:|\n");
    JsonArray rows = new JsonArray();
    for (JsonObject startup : results.ofKind("startup")) {
      String target = startup.getString("target");
      JsonObject rss = results.first("rss", target).orElse(new JsonObject());
      md.append(
          String.format(
              Locale.ROOT,
              "| %s (%s) | %.0f | %s | %s | %s | %s |%n",
              target,
              startup.getString("probe"),
              startup.getDouble("medianMillis"),
              startup.getJsonArray("runsMillis").encode(),
              Goals.times(startup.getDouble("medianMillis") / results.startupMillis(CEILING)),
              megabytes(rss.getLong("startKb")),
              megabytes(rss.getLong("afterLoadKb"))));
      rows.add(startup.copy().put("rss", rss));
    }
    for (JsonObject rss : results.ofKind("rss")) {
      if (results.first("startup", rss.getString("target")).isEmpty()) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | | | | %s | %s |%n",
                rss.getString("target"),
                megabytes(rss.getLong("startKb")),
                megabytes(rss.getLong("afterLoadKb"))));
        rows.add(rss);
      }
    }
    json.put("startup", rows);
    md.append(
        "\nRSS is VmRSS from /proc/PID/status right after the first OK answer and after the last "
            + "measurement. JVMs run with their default heap.\n\n");
  }

  private static String millis(Object value) {
    return value instanceof Number n ? String.format(Locale.ROOT, "%.2f", n.doubleValue()) : "-";
  }

  private static String megabytes(Long kb) {
    return kb == null ? "" : String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
  }

  private void storeAndClient() {
    results
        .first("store")
        .ifPresent(
            store -> {
              json.put("store", store);
              md.append("## Heap per stored transaction\n\n")
                  .append(
                      String.format(
                          Locale.ROOT,
                          "%,d request-to-pays accepted through the simulator's domain (Payments.accept, journal off), %,d "
                              + "stored: heap %,.0f MB -> %,.0f MB after full GC, **%.0f bytes per stored transaction** "
                              + "(%,.0f accepts/s).%n%n",
                          store.getInteger("transactions"),
                          store.getInteger("stored", store.getInteger("transactions")),
                          store.getLong("heapBeforeBytes") / 1048576.0,
                          store.getLong("heapAfterBytes") / 1048576.0,
                          store.getDouble("bytesPerTransaction"),
                          store.getDouble("acceptsPerSecond")));
            });
    results
        .first("client")
        .ifPresent(
            client -> {
              json.put("client", client);
              md.append("## Client: MomoClient against raw vertx-web-client\n\n");
              if (client.containsKey("pending")) {
                md.append("Pending: ").append(client.getString("pending")).append("\n\n");
                return;
              }
              md.append(
                      String.format(
                          Locale.ROOT,
                          "Same simulator (journal on), %d concurrent callers, %ss per run.%n%n",
                          client.getInteger("concurrency"),
                          client.getValue("secondsPerRun")))
                  .append(
                      "| call | raw req/s | MomoClient req/s | MomoClient / raw | raw p99 ms | MomoClient p99 ms "
                          + "| failed calls (raw / client) |\n")
                  .append("|---|---:|---:|---:|---:|---:|---:|\n");
              for (String call : List.of("Status", "RequestToPay")) {
                JsonObject raw = client.getJsonObject("raw" + call);
                JsonObject momo = client.getJsonObject("client" + call);
                md.append(
                    String.format(
                        Locale.ROOT,
                        "| %s | %,.0f | %,.0f | %s | %s | %s | %d / %d |%n",
                        call,
                        raw.getDouble("requestsPerSecond"),
                        momo.getDouble("requestsPerSecond"),
                        Goals.percent(
                            momo.getDouble("requestsPerSecond")
                                / raw.getDouble("requestsPerSecond")),
                        millis(raw.getValue("p99Millis")),
                        millis(momo.getValue("p99Millis")),
                        raw.getInteger("failures"),
                        momo.getInteger("failures")));
              }
              JsonObject expiry = client.getJsonObject("tokenExpiry");
              md.append(
                  String.format(
                      Locale.ROOT,
                      "%nToken expiry: %d concurrent status calls just after the token "
                          + "expired made **%d token request(s)** (request journal), %d failed, %.0f ms in all.%n%n",
                      expiry.getInteger("calls"),
                      expiry.getInteger("tokenRequests"),
                      expiry.getLong("failed"),
                      expiry.getDouble("millis")));
            });
  }

  private JsonArray goalTable(String title, List<Goals.Goal> goals) {
    md.append("## ").append(title).append("\n\n| goal | measured | met |\n|---|---|---|\n");
    JsonArray rows = new JsonArray();
    for (Goals.Goal goal : goals) {
      md.append("| ")
          .append(goal.goal())
          .append(" | ")
          .append(goal.measured())
          .append(" | ")
          .append(goal.met() == null ? "n/a" : goal.met() ? "yes" : "**no**")
          .append(" |\n");
      rows.add(goal.toJson());
    }
    return rows;
  }

  private void goals() {
    json.put("goals", goalTable("Goals (issue 7)", Goals.check(results)));
    md.append("\n");
    json.put(
        "goalsRoundTwo",
        goalTable("Goals (issue 19, performance round two)", RoundTwoGoals.check(results)));
    JsonArray notes = results.notes();
    json.put("notes", notes);
    if (!notes.isEmpty()) {
      md.append("\n## Notes\n\n");
      notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    md.append('\n');
  }

  private void machineSection(JsonObject machine) {
    md.append("## Machine\n\n")
        .append("- revision: ")
        .append(machine.getString("revision", "?"))
        .append('\n')
        .append("- nproc: ")
        .append(machine.getValue("nproc", "?"))
        .append('\n')
        .append("- CPU: ")
        .append(machine.getString("cpu", "?"))
        .append('\n')
        .append("- memory: ")
        .append(machine.getString("memory", "?"))
        .append('\n')
        .append("- load average (1, 5, 15 min) before the run: ")
        .append(machine.getString("loadBefore", "?"))
        .append("; after: ")
        .append(results.first("end").map(e -> e.getString("loadAverage")).orElse("?"))
        .append('\n')
        .append("- kernel: ")
        .append(machine.getString("kernel", "?"))
        .append('\n')
        .append("- wrk: ")
        .append(machine.getString("wrk", "?"))
        .append(", node: ")
        .append(machine.getString("node", "?"))
        .append('\n')
        .append("- java -version:\n\n```\n")
        .append(machine.getString("java", "?").strip())
        .append("\n```\n");
  }
}

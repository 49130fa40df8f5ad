package dev.momosim.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The measurements of one bench run, read from the JSON lines bench/run.sh appends (one object per
 * line, each with a {@code kind}: machine, load, startup, rss, store, client, note).
 */
final class Results {
  static final String CEILING = "ceiling";
  static final String SIM_JOURNAL_ON = "momo-sim, journal on";
  static final String SIM_JOURNAL_OFF = "momo-sim, journal off";
  static final String WIREMOCK_JOURNAL_ON = "WireMock, journal on";
  static final String WIREMOCK_JOURNAL_OFF = "WireMock, journal off";
  static final String PRISM = "Prism";
  static final List<String> PEERS = List.of(WIREMOCK_JOURNAL_ON, WIREMOCK_JOURNAL_OFF, PRISM);

  private final List<JsonObject> records;

  Results(List<JsonObject> records) {
    this.records = records;
  }

  static Results read(Path jsonLines) throws IOException {
    List<JsonObject> records = new ArrayList<>();
    for (String line : Files.readAllLines(jsonLines)) {
      if (!line.isBlank()) {
        records.add(new JsonObject(line));
      }
    }
    return new Results(records);
  }

  List<JsonObject> ofKind(String kind) {
    return records.stream().filter(r -> kind.equals(r.getString("kind"))).toList();
  }

  Optional<JsonObject> first(String kind) {
    return ofKind(kind).stream().findFirst();
  }

  Optional<JsonObject> first(String kind, String target) {
    return ofKind(kind).stream().filter(r -> target.equals(r.getString("target"))).findFirst();
  }

  /** The wrk result of one target on one scenario (status, requesttopay, token, flow). */
  Optional<JsonObject> load(String target, String scenario) {
    return loadRecord(target, scenario).map(r -> r.getJsonObject("wrk"));
  }

  /** The whole record: wrk's result, the server's CPU per request and the load average. */
  Optional<JsonObject> loadRecord(String target, String scenario) {
    return ofKind("load").stream()
        .filter(
            r -> target.equals(r.getString("target")) && scenario.equals(r.getString("scenario")))
        .findFirst();
  }

  double cpuMicros(String target, String scenario) {
    return loadRecord(target, scenario)
        .map(r -> r.getDouble("serverCpuMicrosPerRequest", Double.NaN))
        .orElse(Double.NaN);
  }

  Set<String> loadTargets() {
    Set<String> targets = new LinkedHashSet<>();
    ofKind("load").forEach(r -> targets.add(r.getString("target")));
    return targets;
  }

  double rps(String target, String scenario) {
    return load(target, scenario).map(w -> w.getDouble("requestsPerSecond")).orElse(Double.NaN);
  }

  double p99(String target, String scenario) {
    return load(target, scenario).map(w -> w.getDouble("p99Millis")).orElse(Double.NaN);
  }

  double startupMillis(String target) {
    return first("startup", target).map(s -> s.getDouble("medianMillis")).orElse(Double.NaN);
  }

  JsonArray notes() {
    JsonArray notes = new JsonArray();
    ofKind("note").forEach(n -> notes.add(n.getString("text")));
    return notes;
  }
}

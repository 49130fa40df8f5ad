package dev.momosim.contract.parity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects every test's outcome and observations during a run and, when the run ends, writes the
 * parity record {@code <dir>/<target>-report.json} and {@code .md}. One per run (root extension
 * store). Thread-safe.
 */
public final class ParityRecorder implements AutoCloseable {

  /** One test's entry in the report. */
  public record Entry(
      String testClass,
      String test,
      String outcome,
      String detail,
      List<Observations.Observation> observed) {}

  private final String target;
  private volatile String baseUrl;
  private final Path directory;
  private final Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final List<Entry> entries = new ArrayList<>();

  public ParityRecorder(String target, String baseUrl, Path directory) {
    this.target = target;
    this.baseUrl = baseUrl;
    this.directory = directory;
  }

  /**
   * The address the target turned out to have (an embedded simulator's port is known only once
   * started).
   */
  public void baseUrl(String url) {
    this.baseUrl = url;
  }

  public synchronized void add(Entry entry) {
    entries.add(entry);
  }

  /** The report as JSON: target, date, totals and one entry per test. */
  public synchronized JsonObject toJson() {
    JsonArray tests = new JsonArray();
    for (Entry entry : sorted()) {
      JsonArray observed = new JsonArray();
      entry
          .observed()
          .forEach(
              o ->
                  observed.add(
                      new JsonObject()
                          .put("call", o.call())
                          .put("status", o.status())
                          .put("fields", new JsonArray(o.fields()))));
      tests.add(
          new JsonObject()
              .put("class", entry.testClass())
              .put("test", entry.test())
              .put("outcome", entry.outcome())
              .put("detail", entry.detail())
              .put("observed", observed));
    }
    return new JsonObject()
        .put("target", target)
        .put("baseUrl", baseUrl)
        .put("date", startedAt.toString())
        .put("totals", new JsonObject(new TreeMap<>(totals())))
        .put("tests", tests);
  }

  /**
   * The report as a Markdown table, for people and for committing as the last sandbox validation.
   */
  public synchronized String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Contract parity report: ").append(target).append("\n\n");
    md.append("- target: `")
        .append(target)
        .append("` at ")
        .append(baseUrl == null ? "-" : baseUrl)
        .append('\n');
    md.append("- date: ").append(startedAt).append('\n');
    md.append("- totals: ").append(new TreeMap<>(totals())).append("\n\n");
    md.append("| test | result | observed (status: body fields) |\n|---|---|---|\n");
    for (Entry entry : sorted()) {
      StringBuilder seen = new StringBuilder();
      for (Observations.Observation o : entry.observed()) {
        if (!seen.isEmpty()) {
          seen.append("<br>");
        }
        seen.append(o.call())
            .append(" → ")
            .append(o.status())
            .append(": ")
            .append(String.join(", ", o.fields()));
      }
      String result =
          entry.detail() == null ? entry.outcome() : entry.outcome() + " (" + entry.detail() + ")";
      md.append("| ")
          .append(escape(entry.testClass() + " › " + entry.test()))
          .append(" | ")
          .append(escape(result))
          .append(" | ")
          .append(escape(seen.toString()))
          .append(" |\n");
    }
    return md.toString();
  }

  /** Writes both files. */
  @Override
  public void close() {
    try {
      Files.createDirectories(directory);
      Files.writeString(
          directory.resolve(target + "-report.json"), toJson().encodePrettily() + "\n");
      Files.writeString(directory.resolve(target + "-report.md"), toMarkdown());
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot write the parity report to " + directory, failed);
    }
  }

  private Map<String, Integer> totals() {
    Map<String, Integer> totals = new TreeMap<>();
    entries.forEach(entry -> totals.merge(entry.outcome(), 1, Integer::sum));
    return totals;
  }

  private List<Entry> sorted() {
    List<Entry> copy = new ArrayList<>(entries);
    copy.sort(Comparator.comparing(Entry::testClass).thenComparing(Entry::test));
    return copy;
  }

  private static String escape(String text) {
    String flat = text.replace("|", "\\|").replace("\n", " ");
    return flat.length() > 600 ? flat.substring(0, 600) + "…" : flat;
  }
}

package dev.momosim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  @TempDir Path dir;

  private static String load(String target, String scenario, double rps, double p99) {
    return "{\"kind\":\"load\",\"target\":\""
        + target
        + "\",\"scenario\":\""
        + scenario
        + "\",\"serverCpuMicrosPerRequest\":10.0,\"loadAverage\":2.0,\"wrk\":{\"requests\":1000,"
        + "\"requestsPerSecond\":"
        + rps
        + ",\"p50Millis\":1.0,\"p99Millis\":"
        + p99
        + ",\"errors\":{\"connect\":0,"
        + "\"read\":0,\"write\":0,\"status\":0,\"timeout\":0}}}";
  }

  @Test
  void writesRatiosToTheCeilingAndPeersAndChecksTheGoals() throws Exception {
    Path lines = dir.resolve("results.jsonl");
    Files.write(
        lines,
        List.of(
            "{\"kind\":\"machine\",\"nproc\":2,\"settings\":{\"threads\":2,\"connections\":50}}",
            load(Results.CEILING, "status", 50_000, 8),
            load(Results.SIM_JOURNAL_OFF, "status", 40_000, 10),
            load(Results.SIM_JOURNAL_OFF, "requesttopay", 15_000, 30),
            load(Results.WIREMOCK_JOURNAL_OFF, "status", 5_000, 40),
            "{\"kind\":\"startup\",\"target\":\"ceiling\",\"probe\":\"first root 200\",\"runsMillis\":[1000],"
                + "\"medianMillis\":1000}",
            "{\"kind\":\"startup\",\"target\":\"momo-sim\",\"probe\":\"first token 200\",\"runsMillis\":[1400],"
                + "\"medianMillis\":1400}",
            "{\"kind\":\"store\",\"transactions\":10,\"heapBeforeBytes\":0,\"heapAfterBytes\":7000,"
                + "\"bytesPerTransaction\":700.0,\"acceptsPerSecond\":1.0}"));

    Report.main(
        new String[] {
          lines.toString(),
          dir.resolve("latest.md").toString(),
          dir.resolve("latest.json").toString()
        });

    String md = Files.readString(dir.resolve("latest.md"));
    assertThat(md)
        .contains("| momo-sim, journal off | status GET | 40,000 |")
        .contains("| 80% |")
        .contains("8.00x"); // 40,000 / 5,000 WireMock
    JsonObject json = new JsonObject(Files.readString(dir.resolve("latest.json")));
    assertThat(
            json.getJsonArray("goals").stream()
                .map(JsonObject.class::cast)
                .filter(
                    goal ->
                        goal.getString("goal").startsWith("momo-sim, journal off status >= 60%")))
        .singleElement()
        .satisfies(goal -> assertThat(goal.getBoolean("met")).isTrue());
    assertThat(md)
        .contains("| momo-sim, journal off requesttopay >= 40% of ceiling req/s | 30% | **no** |")
        .contains(
            "launch to first token <= 1.5x ceiling launch to first 200 | 1400 ms vs 1000 ms = 1.40x | yes");
  }

  @Test
  void checksTheGoalsOfRoundTwoAgainstTheRowsTheRunMade() throws Exception {
    Path lines = dir.resolve("results.jsonl");
    Files.write(
        lines,
        List.of(
            "{\"kind\":\"machine\",\"nproc\":2,\"settings\":{\"threads\":2,\"connections\":50}}",
            load(Results.CEILING, "status", 100_000, 2),
            load(Results.SIM_JOURNAL_OFF, "status", 75_000, 3),
            load(Results.SIM_JOURNAL_OFF, "requesttopay", 40_000, 30),
            load("momo-sim, 1,000 stored", "requesttopay", 40_000, 30),
            load("momo-sim, 50 reading listeners", "requesttopay", 30_000, 30),
            "{\"kind\":\"store\",\"transactions\":10,\"heapBeforeBytes\":0,\"heapAfterBytes\":7000,"
                + "\"bytesPerTransaction\":500.0,\"acceptsPerSecond\":1.0}"));

    Report.main(
        new String[] {
          lines.toString(),
          dir.resolve("latest.md").toString(),
          dir.resolve("latest.json").toString()
        });

    String md = Files.readString(dir.resolve("latest.md"));
    assertThat(md)
        .contains("## Goals (issue 19, performance round two)")
        .contains("| momo-sim, journal off status p99 <= 2x ceiling p99 | 3.00 ms = 1.50x | yes |")
        .contains(
            "| momo-sim, journal off requesttopay p99 <= 2x ceiling p99 | 30.00 ms = 15.00x | **no** |")
        .contains("| momo-sim, journal off status >= 70% of ceiling req/s | 75% | yes |")
        .contains("| 50 reading listeners: requesttopay >= 80% of 1,000 stored | 75% | **no** |")
        .contains("| heap per stored transaction <= 512 B | 500 B | yes |")
        .contains("| 1,000 rules: requesttopay >= 80% of 1,000 stored | not measured | n/a |");
  }
}

package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, bad input and faults of {@code serve --data-dir} and {@code --state}: each gets one
 * clear line and exit code 2 (never a stack trace, never an empty start over existing data), or the
 * documented recovery (docs/state.md#when-something-is-wrong).
 */
class DataDirCommandsTest {
  private static final Pattern LISTENING =
      Pattern.compile("^momo-sim listening on (http://[0-9.]+:\\d+)$");

  @TempDir Path tmp;

  @Test
  void aDataDirThatIsAFileOrCannotBeWrittenIsRefusedInOneLine() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "");

    assertRefused(
        Cli.runExactly("serve", "--port", "0", "--data-dir", file.toString()),
        "cannot start: data directory: " + file + " is not a directory");
    assertRefused(
        Cli.runExactly("serve", "--port", "0", "--data-dir", "/sys/kernel/momo-sim"),
        "cannot start: data directory: cannot create /sys/kernel/momo-sim");
  }

  @Test
  void aDataDirUsedByAnotherRunningSimulatorIsRefusedNamingIt() throws Exception {
    Path dataDir = tmp.resolve("data");
    try (SpawnedCommand first = serve("--data-dir", dataDir.toString())) {
      first.awaitStdout(LISTENING);

      assertRefused(
          Cli.runExactly("serve", "--port", "0", "--data-dir", dataDir.toString()),
          "is in use by another running momo-sim (process ");
    }
  }

  @Test
  void aJournalFromANewerMomoSimIsRefusedAndTheDataKept() throws Exception {
    Path dataDir = stoppedWithState();
    Path journal = onlyJournal(dataDir);
    Files.write(journal, framed("{\"format\":\"momo-sim-journal\",\"version\":7}"));

    assertRefused(
        Cli.runExactly("serve", "--port", "0", "--data-dir", dataDir.toString()),
        "was written by a newer momo-sim (journal version 7)");
    assertThat(Files.readAllBytes(journal))
        .as("nothing was overwritten")
        .isEqualTo(framed("{\"format\":\"momo-sim-journal\",\"version\":7}"));
  }

  @Test
  void aRecordCutShortByACrashIsDroppedAndReportedAndTheRestKept() throws Exception {
    Path dataDir = tmp.resolve("data");
    String reference;
    try (SpawnedCommand serve = serve("--data-dir", dataDir.toString())) {
      reference = new SandboxCalls(serve.awaitStdout(LISTENING).group(1)).requestToPay();
      serve.kill();
    }
    Files.write(
        onlyJournal(dataDir),
        "1234abcd {\"op\":\"transactionAdd".getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);

    try (SpawnedCommand again = serve("--data-dir", dataDir.toString())) {
      SandboxCalls calls = new SandboxCalls(again.awaitStdout(LISTENING).group(1));

      assertThat(again.awaitStderr(Pattern.compile("^recovered .*journal-\\d+\\.log")).group())
          .isNotEmpty();
      assertThat(again.stderrLines())
          .anySatisfy(line -> assertThat(line).contains("cut short by a crash (30 bytes"));
      assertThat(calls.status(reference).getString("status")).isEqualTo("SUCCESSFUL");
    }
  }

  @Test
  void aStateDocumentThatCannotBeUsedIsRefusedNamingWhy() throws Exception {
    Path broken = Files.writeString(tmp.resolve("state.json"), "{\"format\": \"momo-sim-state\",");
    Path missing = tmp.resolve("absent.json");
    Path other = Files.writeString(tmp.resolve("other.json"), "{\"rules\": []}");

    assertRefused(
        Cli.runExactly("serve", "--port", "0", "--state", broken.toString()),
        "cannot start: state document " + broken + ": not valid JSON");
    assertRefused(
        Cli.runExactly("serve", "--port", "0", "--state", missing.toString()),
        "cannot start: state document " + missing + ": no such file");
    assertRefused(
        Cli.runExactly("serve", "--port", "0", "--state", other.toString()),
        "not a momo-sim state document");
  }

  @Test
  void aStateDocumentNeverReplacesADataDirThatHoldsState() throws Exception {
    Path dataDir = stoppedWithState();
    Path exported = tmp.resolve("exported.json");
    try (SpawnedCommand serve = serve()) {
      String url = serve.awaitStdout(LISTENING).group(1);
      assertThat(
              Cli.runExactly("state", "export", exported.toString(), "--sim-url", url).exitCode())
          .isZero();
    }

    assertRefused(
        Cli.runExactly(
            "serve",
            "--port",
            "0",
            "--data-dir",
            dataDir.toString(),
            "--state",
            exported.toString()),
        "--state seeds only a new data directory");
  }

  @Test
  void importingAStateIntoARunningSimulatorReportsWhatItHolds() throws Exception {
    Path exported = tmp.resolve("exported.json");
    try (SpawnedCommand serve = serve()) {
      String url = serve.awaitStdout(LISTENING).group(1);
      new SandboxCalls(url).requestToPay();
      assertThat(
              Cli.runExactly("state", "export", exported.toString(), "--sim-url", url).exitCode())
          .isZero();
    }
    try (SpawnedCommand fresh = serve()) {
      String url = fresh.awaitStdout(LISTENING).group(1);

      Cli.Result imported =
          Cli.runExactly("state", "import", exported.toString(), "--sim-url", url);
      Cli.Result refused =
          Cli.runExactly(
              "state", "import", tmp.resolve("absent.json").toString(), "--sim-url", url);

      assertThat(imported.exitCode()).as(imported.err()).isZero();
      assertThat(imported.out()).startsWith("state imported: 3 API users, 1 transactions, ");
      assertRefused(refused, "cannot read " + tmp.resolve("absent.json") + ": no such file");
    }
  }

  /** A data directory a simulator was stopped with (gracefully), holding one payment. */
  private Path stoppedWithState() throws Exception {
    Path dataDir = tmp.resolve("data");
    try (SpawnedCommand serve = serve("--data-dir", dataDir.toString())) {
      new SandboxCalls(serve.awaitStdout(LISTENING).group(1)).requestToPay();
      serve.signalTerm();
      assertThat(serve.awaitExit(Duration.ofSeconds(30))).contains(0);
    }
    return dataDir;
  }

  private static Path onlyJournal(Path dataDir) throws Exception {
    try (var files = Files.list(dataDir)) {
      List<Path> journals =
          files.filter(file -> file.getFileName().toString().startsWith("journal-")).toList();
      assertThat(journals).hasSize(1);
      return journals.get(0);
    }
  }

  private static byte[] framed(String json) {
    CRC32C crc = new CRC32C();
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    crc.update(bytes);
    return (java.util.HexFormat.of().toHexDigits((int) crc.getValue()) + " " + json + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void assertRefused(Cli.Result result, String expected) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().lines().toList())
        .as("one line, no stack trace")
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains(expected);
  }

  private static SpawnedCommand serve(String... options) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("serve", "--port", "0"));
    args.addAll(List.of(options));
    return SpawnedCommand.start(args.toArray(String[]::new));
  }
}

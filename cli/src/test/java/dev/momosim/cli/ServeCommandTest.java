package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} refuses a bad setup with one line saying what is wrong and exit code 2, never a
 * stack trace. Were a refusal to regress, serve would start and run forever: the timeout fails it
 * instead.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void refusesAMissingConfigFileInOneLine() {
    Cli.Result result =
        Cli.runExactly("serve", "--port", "0", "--config", dir.resolve("absent.json").toString());

    assertRefusedInOneLine(
        result, "momo-sim: cannot start: cannot read config file " + dir.resolve("absent.json"));
  }

  @Test
  void refusesAConfigFileThatIsNotJsonInOneLine() throws IOException {
    Path config = Files.writeString(dir.resolve("config.json"), "{\"port\": 8080,");

    assertRefusedInOneLine(
        Cli.runExactly("serve", "--port", "0", "--config", config.toString()),
        "momo-sim: cannot start: configuration is not valid JSON");
  }

  @Test
  void refusesABadValueInTheConfigFileNamingTheKey() throws IOException {
    Path config =
        Files.writeString(dir.resolve("config.json"), "{\"approval\": {\"mode\": \"sometimes\"}}");

    assertRefusedInOneLine(
        Cli.runExactly("serve", "--port", "0", "--config", config.toString()),
        "momo-sim: cannot start: approval.mode must be AUTO or MANUAL, was sometimes");
  }

  @Test
  void refusesAnUnknownProductForASubscriptionKey() {
    assertRefusedInOneLine(
        Cli.runExactly("serve", "--port", "0", "--subscription-key", "savings=0f1e"),
        "momo-sim: cannot start: --subscription-key: unknown product savings");
  }

  @Test
  void refusesADatabaseUrlOfAnotherKindInOneLineWithoutItsPassword() {
    Cli.Result result =
        Cli.runExactly("serve", "--port", "0", "--database-url", "mysql://momo:s3cret@db/momo");

    assertRefusedInOneLine(
        result,
        "momo-sim: cannot start: database URL mysql://momo:***@db/momo must look like"
            + " postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
    assertThat(result.err()).doesNotContain("s3cret");
  }

  @Test
  void refusesADataDirectoryAndADatabaseTogetherInOneLine() {
    assertRefusedInOneLine(
        Cli.runExactly(
            "serve",
            "--port",
            "0",
            "--data-dir",
            "/tmp/momo-never-created",
            "--database-url",
            "postgresql://momo@127.0.0.1:5432/momo"),
        "momo-sim: cannot start: storage.dataDir and storage.databaseUrl both name where the state"
            + " is kept");
  }

  @Test
  void refusesAPortOutOfRangeAsAUsageErrorInOneLine() {
    assertRefusedInOneLine(
        Cli.runExactly("serve", "--port", "70000"),
        "momo-sim: cannot start: port must be between 0 and 65535, was 70000");
  }

  @Test
  void aTakenPortIsNoUsageErrorButIsReportedInOneLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli.Result result =
          Cli.runExactly(
              "serve", "--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(result.exitCode()).isEqualTo(ExitCodes.SOFTWARE);
      assertThat(result.err().lines().toList())
          .hasSize(1)
          .first()
          .asString()
          .startsWith("momo-sim: cannot start: ");
      assertThat(result.out()).isEmpty();
    }
  }

  @Test
  void refusesAnUnknownApprovalModeAsAUsageError() {
    Cli.Result result = Cli.runExactly("serve", "--port", "0", "--approval-mode", "sometimes");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .contains("--approval-mode")
        .contains("AUTO, MANUAL")
        .doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void refusesEventLoopsOutsideOneTo256() {
    assertRefusedInOneLine(
        Cli.runExactly("serve", "--port", "0", "--event-loops", "0"),
        "momo-sim: cannot start: eventLoops must be between 1 and 256, was 0");
    assertRefusedInOneLine(
        Cli.runExactly("serve", "--port", "0", "--event-loops", "257"),
        "momo-sim: cannot start: eventLoops must be between 1 and 256, was 257");
  }

  private static void assertRefusedInOneLine(Cli.Result result, String firstLineStart) {
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().lines().toList())
        .hasSize(1)
        .first()
        .asString()
        .startsWith(firstLineStart);
    assertThat(result.out()).isEmpty();
  }
}

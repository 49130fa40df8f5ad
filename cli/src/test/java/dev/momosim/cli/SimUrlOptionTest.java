package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import picocli.CommandLine;

/**
 * Every control command takes {@code --sim-url}, defaulting to MOMO_SIM_URL, else the local
 * default.
 */
class SimUrlOptionTest {
  private static final String[][] COMMANDS = {
    {"pending"},
    {"approve", "R"},
    {"reject", "R"},
    {"expire", "R"},
    {"transactions"},
    {"clock", "show"},
    {"clock", "advance", "5m"},
    {"clock", "set", "2030-01-01T00:00:00Z"},
    {"clock", "freeze"},
    {"clock", "resume"},
    {"reset"},
    {"callbacks"},
    {"callbacks", "resend", "1"},
    {"requests"}
  };

  @Test
  @DisabledIfEnvironmentVariable(named = "MOMO_SIM_URL", matches = ".*")
  void defaultsToTheLocalSimulatorWhenMomoSimUrlIsUnset() {
    for (String[] args : COMMANDS) {
      assertThat(simUrl(args)).as(String.join(" ", args)).isEqualTo("http://127.0.0.1:8080");
    }
  }

  @Test
  void takesTheUrlGivenOnTheCommandLine() {
    for (String[] args : COMMANDS) {
      String[] withUrl =
          java.util.stream.Stream.concat(
                  java.util.Arrays.stream(args),
                  java.util.stream.Stream.of("--sim-url", "http://sim.test:9000"))
              .toArray(String[]::new);
      assertThat(simUrl(withUrl)).as(String.join(" ", args)).isEqualTo("http://sim.test:9000");
    }
  }

  @Test
  void helpDocumentsTheEnvironmentVariable() {
    Cli.Result help = Cli.runExactly("pending", "--help");

    assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(help.out()).contains("--sim-url", "MOMO_SIM_URL", "--format");
  }

  private static String simUrl(String... args) {
    CommandLine.ParseResult parsed = MomoSimCommand.newCommandLine().parseArgs(args);
    while (parsed.hasSubcommand()) {
      parsed = parsed.subcommand();
    }
    return parsed.commandSpec().findOption("--sim-url").getValue();
  }
}

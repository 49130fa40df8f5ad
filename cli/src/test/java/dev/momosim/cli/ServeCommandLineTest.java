package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code serve} runs on a command line that knows only it (it starts faster); what a user sees of
 * it must be what the whole command tree shows.
 */
class ServeCommandLineTest {
  @Test
  void serveGetsACommandLineOfItsOwnAndEverythingElseTheWholeTree() {
    assertThat(MomoSimCommand.commandLineFor(new String[] {"serve"}).getSubcommands())
        .containsOnlyKeys("serve");
    assertThat(MomoSimCommand.commandLineFor(new String[] {"pending"}).getSubcommands())
        .containsKeys("serve", "pending", "tenants");
    assertThat(MomoSimCommand.commandLineFor(new String[0]).getSubcommands()).containsKey("serve");
  }

  @Test
  void serveHelpReadsTheSameOnBoth() {
    Cli.Result own = Cli.runExactly("serve", "--help");
    Cli.Result whole = Cli.runOnEveryCommand("serve", "--help");

    assertThat(own.out()).startsWith("Usage: momo-sim serve").isEqualTo(whole.out());
    assertThat(own.exitCode()).isEqualTo(whole.exitCode()).isZero();
  }

  @Test
  void aMistypedServeOptionIsRefusedTheSameWayOnBoth() {
    Cli.Result own = Cli.runExactly("serve", "--prot", "8080");
    Cli.Result whole = Cli.runOnEveryCommand("serve", "--prot", "8080");

    assertThat(own.err()).contains("--prot").isEqualTo(whole.err());
    assertThat(own.exitCode()).isEqualTo(whole.exitCode()).isEqualTo(2);
  }
}

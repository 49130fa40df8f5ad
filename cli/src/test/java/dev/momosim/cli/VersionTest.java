package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code momo-sim --version} names the build's version, in the jar and in the image alike. */
class VersionTest {
  @Test
  void printsTheVersionMavenBuilt() {
    Cli.Result result = Cli.runExactly("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().strip()).matches("momo-sim \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}

package dev.momosim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionGuardTest {
  @Test
  void theConfiguredLimitStandsWhenTheProcessMayOpenFarMoreFiles() {
    assertThat(ConnectionGuard.withinOpenFiles(10_000, 1_048_576)).isEqualTo(10_000);
  }

  @Test
  void theLimitLeavesATenthOfTheOpenFilesForEverythingElse() {
    assertThat(ConnectionGuard.withinOpenFiles(10_000, 4096)).isEqualTo(4096 - 409);
  }

  @Test
  void atLeast64FilesAreLeftWhenTheOpenFilesLimitIsSmall() {
    assertThat(ConnectionGuard.withinOpenFiles(10_000, 256)).isEqualTo(256 - 64);
  }

  @Test
  void anUnknownOpenFilesLimitLeavesTheConfiguredOne() {
    assertThat(ConnectionGuard.withinOpenFiles(10_000, -1)).isEqualTo(10_000);
  }

  @Test
  void theLimitIsNeverBelowOne() {
    assertThat(ConnectionGuard.withinOpenFiles(10_000, 10)).isEqualTo(1);
  }
}

package dev.momosim.simulator.dashboard;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.function.BooleanSupplier;

/** The browsers the dashboard is tested in, and how to get each on Debian. */
enum BrowserKind {
  CHROMIUM("chromium", Chromium::installed, "apt-get install -y chromium chromium-driver") {
    @Override
    Browser open(int width, int height, double scale) {
      return Chromium.open(width, height, scale);
    }
  },
  FIREFOX("firefox", Firefox::installed, "apt-get install -y firefox-esr") {
    @Override
    Browser open(int width, int height, double scale) {
      return Firefox.open(width, height, scale);
    }
  };

  private final String id;
  private final BooleanSupplier installed;
  private final String install;

  BrowserKind(String id, BooleanSupplier installed, String install) {
    this.id = id;
    this.installed = installed;
    this.install = install;
  }

  /** A short lower-case name, for file names. */
  String id() {
    return id;
  }

  /** Skips the calling test, with the reason and the fix, when this browser is not installed. */
  void assumeInstalled() {
    assumeTrue(
        installed.getAsBoolean(),
        "Skipping browser test: "
            + this
            + " is not installed ("
            + install
            + "; .ci/run does this in CI).");
  }

  /** A desktop-sized window. */
  Browser open() {
    return open(1440, 1000, 1.0);
  }

  abstract Browser open(int width, int height, double scale);
}

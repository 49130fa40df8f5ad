package dev.momosim.contract.target;

import java.util.Locale;

/** Where the contracts run: a simulator in this JVM, a simulator at a URL, or MTN's sandbox. */
public enum TargetKind {
  EMBEDDED,
  URL,
  SANDBOX;

  /** The name used in {@code -Dmomo.target=}, {@code MOMO_TARGET} and report file names. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the target is a momo-sim simulator with a control API. */
  public boolean isSimulator() {
    return this != SANDBOX;
  }
}

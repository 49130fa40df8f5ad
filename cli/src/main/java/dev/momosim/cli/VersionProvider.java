package dev.momosim.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = MomoSimCommand.class.getPackage().getImplementationVersion();
    return new String[] {"momo-sim " + (version == null ? "development" : version)};
  }
}

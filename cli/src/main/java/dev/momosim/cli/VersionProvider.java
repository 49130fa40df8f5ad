package dev.momosim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The build's version (version.properties, which Maven fills in), or "development" when run from
 * classes Maven did not process.
 */
final class VersionProvider implements IVersionProvider {
  private static final String VERSION_FILE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"momo-sim " + version()};
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(VERSION_FILE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + VERSION_FILE, e);
    }
    String version = properties.getProperty("version");
    return version == null || version.startsWith("${") ? "development" : version;
  }
}

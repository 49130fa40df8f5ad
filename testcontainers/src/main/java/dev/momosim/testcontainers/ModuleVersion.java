package dev.momosim.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This jar's version, filtered into momo-sim-testcontainers.properties by the build. */
final class ModuleVersion {
  private static final String RESOURCE = "momo-sim-testcontainers.properties";

  private ModuleVersion() {}

  static String get() {
    try (InputStream in = ModuleVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is missing from the momo-sim-testcontainers jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}

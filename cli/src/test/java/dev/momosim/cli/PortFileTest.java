package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The port file is whole or absent, and a file that cannot be written is one line, not a stop. */
class PortFileTest {
  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  @Test
  void replacesAnExistingFileWithTheWholeNumber() throws IOException {
    Path file = Files.writeString(dir.resolve("port"), "65535\n");

    assertThat(PortFile.write(file, 18080, new PrintWriter(err, true))).isTrue();

    assertThat(Files.readString(file)).isEqualTo("18080\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .as("readable by a health check run as another user")
        .isEqualTo("rw-r--r--");
    assertThat(err.toString()).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void saysInOneLineWhenTheFileCannotBeWritten() {
    Path file = dir.resolve("absent").resolve("port");

    assertThat(PortFile.write(file, 18080, new PrintWriter(err, true))).isFalse();

    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("momo-sim: cannot write the port file " + file)
        .endsWith("still serving on port 18080");
    assertThat(file.getParent()).doesNotExist();
  }
}

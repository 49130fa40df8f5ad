package dev.momosim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * {@code serve --port-file FILE}: the port the simulator answers on, as one line of digits, for
 * whatever cannot read its standard output (the container image's health check,
 * docs/containers.md). The number goes to a temporary file beside FILE that is then renamed onto
 * it, so a reader sees the whole number or no file, never half of one.
 */
final class PortFile {
  private PortFile() {}

  /**
   * Writes {@code port} to {@code file}. A file that cannot be written does not stop a simulator
   * that already answers: {@code err} gets one line saying so, and false is returned.
   */
  static boolean write(Path file, int port, PrintWriter err) {
    Path absolute = file.toAbsolutePath();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(absolute.getParent(), ".momo-sim-port-", ".tmp");
      Files.writeString(temporary, port + "\n", StandardCharsets.US_ASCII);
      readableByAll(temporary);
      move(temporary, absolute);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      err.println(
          "momo-sim: cannot write the port file "
              + absolute
              + " ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "); still serving on port "
              + port);
      deleteQuietly(temporary);
      return false;
    }
  }

  /** A port is no secret: a health check run as another user may read it (rw-r--r--). */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the file keeps what it was created with
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // the warning above already says the port file was not written
    }
  }
}

package dev.momosim.simulator.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The throw-away home directories the browsers get, so nothing leaks between tests. */
final class TempDirs {
  private TempDirs() {}

  static String create(Path home, String name) throws IOException {
    return Files.createDirectories(home.resolve(name)).toString();
  }

  static void deleteQuietly(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException | UncheckedIOException ignored) {
      // a temp dir left behind is harmless; a file vanishing while we walk is not worth a failure
    }
  }
}

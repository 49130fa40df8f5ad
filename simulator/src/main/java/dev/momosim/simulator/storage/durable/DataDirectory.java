package dev.momosim.simulator.storage.durable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a data directory: {@code snapshot-N.json} (the whole state before journal N), {@code
 * journal-N.log} (the changes after it), and {@code lock}, held by the one simulator using the
 * directory. Blocking: used at start, and by the journal's own threads.
 */
final class DataDirectory implements AutoCloseable {
  private static final Pattern SNAPSHOT = Pattern.compile("snapshot-(\\d{1,18})\\.json");
  private static final Pattern JOURNAL = Pattern.compile("journal-(\\d{1,18})\\.log");
  private static final String LOCK = "lock";
  private static final String TEMPORARY = ".tmp";

  /** Where the local certificate authority may be kept (docs/https.md), beside the state. */
  private static final String CA_DIRECTORY = "ca";

  /** Where the tenants beside the default one keep their state (docs/tenants.md). */
  static final String TENANTS_DIRECTORY = "tenants";

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private DataDirectory(Path dir, FileChannel lockChannel, FileLock lock) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Creates the directory if needed and locks it for this process.
   *
   * @throws DataDirectoryException when it cannot be created or written, is not a directory, is
   *     locked by another running simulator, or holds other files but no momo-sim data
   */
  static DataDirectory open(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new DataDirectoryException(absolute + " is not a directory");
    }
    try {
      Files.createDirectories(absolute);
    } catch (IOException e) {
      throw new DataDirectoryException("cannot create " + absolute + ": " + reason(e), e);
    }
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              absolute.resolve(LOCK),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new DataDirectoryException(absolute + " is not writable: " + reason(e), e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      closeQuietly(channel);
      throw new DataDirectoryException("cannot lock " + absolute + ": " + reason(e), e);
    }
    if (lock == null) {
      String holder = holder(channel);
      closeQuietly(channel);
      throw new DataDirectoryException(
          absolute
              + " is in use by another running momo-sim"
              + holder
              + "; stop it or choose another --data-dir");
    }
    DataDirectory opened = new DataDirectory(absolute, channel, lock);
    try {
      opened.writeHolder();
      opened.refuseForeignContent();
      opened.removeTemporaryFiles();
    } catch (IOException e) {
      opened.close();
      throw new DataDirectoryException(absolute + " is not writable: " + reason(e), e);
    } catch (DataDirectoryException e) {
      opened.close();
      throw e;
    }
    return opened;
  }

  Path path() {
    return dir;
  }

  Path snapshot(long number) {
    return dir.resolve("snapshot-" + number + ".json");
  }

  Path journal(long number) {
    return dir.resolve("journal-" + number + ".log");
  }

  /** Whether no snapshot and no journal is here yet. */
  boolean isNew() throws IOException {
    return latestSnapshot().isEmpty() && journals(0).isEmpty();
  }

  OptionalLong latestSnapshot() throws IOException {
    return numbers(SNAPSHOT).stream().mapToLong(Long::longValue).max();
  }

  /** The numbers of the journals from {@code first} on, in order. */
  List<Long> journals(long first) throws IOException {
    return numbers(JOURNAL).stream().filter(number -> number >= first).sorted().toList();
  }

  /**
   * Writes a file whole or not at all: a temporary file, flushed, renamed over the target, and the
   * directory flushed, so a crash leaves the old file or the new one.
   */
  void writeAtomically(Path target, byte[] content) throws IOException {
    Path temporary = target.resolveSibling(target.getFileName() + TEMPORARY);
    try (FileChannel out =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      out.force(true);
    }
    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    syncDirectory();
  }

  /** Makes the directory's entries (a created or renamed file) durable. */
  void syncDirectory() throws IOException {
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    }
  }

  /**
   * Removes the snapshots and journals numbered below {@code number}: a newer snapshot has them.
   */
  void deleteBefore(long number) throws IOException {
    for (Pattern kind : List.of(SNAPSHOT, JOURNAL)) {
      for (long older : numbers(kind)) {
        if (older < number) {
          Files.deleteIfExists(
              kind == SNAPSHOT ? snapshot(older) : journal(older)); // journal first is fine too
        }
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel releases it too
    }
    closeQuietly(lockChannel);
  }

  private List<Long> numbers(Pattern kind) throws IOException {
    List<Long> numbers = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(
          file -> {
            Matcher name = kind.matcher(file.getFileName().toString());
            if (name.matches()) {
              numbers.add(Long.parseLong(name.group(1)));
            }
          });
    }
    return numbers;
  }

  private void writeHolder() throws IOException {
    byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
    lockChannel.truncate(0);
    lockChannel.write(ByteBuffer.wrap(pid), 0);
  }

  /** Refuses a directory that holds files but none of ours: probably the wrong directory. */
  private void refuseForeignContent() throws IOException {
    if (!isNew()) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> others =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> !name.equals(LOCK) && !name.endsWith(TEMPORARY))
              .filter(name -> !name.equals(CA_DIRECTORY) && !name.equals(TENANTS_DIRECTORY))
              .sorted()
              .limit(3)
              .toList();
      if (!others.isEmpty()) {
        throw new DataDirectoryException(
            dir
                + " holds other files ("
                + String.join(", ", others)
                + ") and no momo-sim data; choose an empty or new directory");
      }
    }
  }

  private void removeTemporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(TEMPORARY)).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(32);
      channel.read(buffer, 0);
      String pid =
          new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
      return pid.matches("\\d+") ? " (process " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to release
    }
  }
}

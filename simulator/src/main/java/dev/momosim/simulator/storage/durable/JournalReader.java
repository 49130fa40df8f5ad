package dev.momosim.simulator.storage.durable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one journal file back. A record cut short at the end of the last file is what a crash
 * mid-write leaves: the file is read up to the last whole record and the rest is reported, to be
 * cut off. A damaged record anywhere else, a file from a newer momo-sim, or one that is not a
 * journal is refused. Blocking; used at start.
 */
final class JournalReader {
  /**
   * What a journal file holds.
   *
   * @param wholeBytes the length of the file up to and including its last whole record
   * @param tornBytes how many bytes after it were cut short (0 when none)
   * @param hasHeader whether the file's header record is whole
   */
  record Contents(List<JournalEntry> entries, long wholeBytes, long tornBytes, boolean hasHeader) {}

  private static final ObjectMapper TREE = new ObjectMapper();

  private final EntryCodec codec;

  JournalReader(EntryCodec codec) {
    this.codec = codec;
  }

  /**
   * @param last whether this is the newest journal (the only one a crash can leave cut short)
   * @throws DataDirectoryException for a damaged record, another format or a newer version
   */
  Contents read(Path file, boolean last) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<JournalEntry> entries = new ArrayList<>();
    boolean hasHeader = false;
    int start = 0;
    int record = 0;
    while (start < bytes.length) {
      int end = indexOf(bytes, (byte) '\n', start);
      byte[] json = end < 0 ? null : EntryCodec.unframe(Arrays.copyOfRange(bytes, start, end));
      if (json == null) {
        boolean finalRecord = end < 0 || end == bytes.length - 1;
        if (last && finalRecord) {
          return new Contents(entries, start, bytes.length - start, hasHeader);
        }
        throw new DataDirectoryException(
            file
                + " is damaged at byte "
                + start
                + " (record "
                + (record + 1)
                + "); the records before it are whole: keep a copy of the directory, then cut the"
                + " file at that byte to start from them");
      }
      if (record == 0) {
        checkHeader(file, json);
        hasHeader = true;
      } else {
        entries.add(entry(file, start, record, json));
      }
      record++;
      start = end + 1;
    }
    return new Contents(entries, bytes.length, 0, hasHeader);
  }

  private static void checkHeader(Path file, byte[] json) throws IOException {
    JsonNode header = TREE.readTree(json);
    if (!EntryCodec.FORMAT.equals(header.path("format").asText(null))) {
      throw new DataDirectoryException(file + " is not a momo-sim journal");
    }
    int version = header.path("version").asInt(-1);
    if (version > EntryCodec.VERSION) {
      throw new DataDirectoryException(
          file
              + " was written by a newer momo-sim (journal version "
              + version
              + "); this one reads version "
              + EntryCodec.VERSION
              + ": run the newer momo-sim, or export its state and import that here");
    }
  }

  private JournalEntry entry(Path file, int start, int record, byte[] json) {
    try {
      return codec.readEntry(json);
    } catch (IOException e) {
      throw new DataDirectoryException(
          file
              + " holds a record this momo-sim cannot read at byte "
              + start
              + " (record "
              + (record + 1)
              + "): "
              + e.getMessage().lines().findFirst().orElse(""),
          e);
    }
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}

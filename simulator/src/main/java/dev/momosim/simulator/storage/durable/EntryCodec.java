package dev.momosim.simulator.storage.durable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.momosim.simulator.state.StateJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * The journal's record framing: one line per record, {@code <CRC-32C of the JSON, 8 hex digits>
 * <JSON>\n}, so a record cut short by a crash or damaged on disk is recognised. The first record of
 * each journal file is its header, {@code {"format":"momo-sim-journal","version":1}}. Thread-safe.
 */
final class EntryCodec {
  static final String FORMAT = "momo-sim-journal";
  static final int VERSION = 1;

  private static final int CRC_DIGITS = 8;
  private static final HexFormat HEX = HexFormat.of();

  /** The file's header record. */
  record Header(String format, int version) {}

  private final ObjectMapper mapper =
      StateJson.recordMapper().copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private final ObjectWriter entries = mapper.writerFor(JournalEntry.class);
  private final ObjectWriter headers = mapper.writerFor(Header.class);
  private final ObjectReader entryReader = mapper.readerFor(JournalEntry.class);

  byte[] header() {
    return frame(json(new Header(FORMAT, VERSION)));
  }

  byte[] encode(JournalEntry entry) {
    return frame(json(entry));
  }

  private byte[] json(Object value) {
    try {
      return mapper
          .writerFor(value instanceof JournalEntry ? JournalEntry.class : Header.class)
          .writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalStateException("a journal record always serialises", e);
    }
  }

  private static byte[] frame(byte[] json) {
    byte[] crc =
        HEX.toHexDigits((int) crc(json, 0, json.length)).getBytes(StandardCharsets.US_ASCII);
    byte[] line = new byte[CRC_DIGITS + 1 + json.length + 1];
    System.arraycopy(crc, 0, line, 0, CRC_DIGITS);
    line[CRC_DIGITS] = ' ';
    System.arraycopy(json, 0, line, CRC_DIGITS + 1, json.length);
    line[line.length - 1] = '\n';
    return line;
  }

  /**
   * The JSON of one line (without its newline) if its checksum holds, else null.
   *
   * @param line the bytes of one line, newline excluded
   */
  static byte[] unframe(byte[] line) {
    if (line.length < CRC_DIGITS + 2 || line[CRC_DIGITS] != ' ') {
      return null;
    }
    long expected;
    try {
      expected =
          Integer.toUnsignedLong(
              HEX.fromHexDigits(new String(line, 0, CRC_DIGITS, StandardCharsets.US_ASCII)));
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (crc(line, CRC_DIGITS + 1, line.length - CRC_DIGITS - 1) != expected) {
      return null;
    }
    return Arrays.copyOfRange(line, CRC_DIGITS + 1, line.length);
  }

  JournalEntry readEntry(byte[] json) throws IOException {
    return entryReader.readValue(json);
  }

  private static long crc(byte[] bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length);
    return crc.getValue();
  }
}

package dev.momosim.simulator.storage.durable;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Encoded records waiting to go out in one write. Not thread-safe: the writer's alone. */
final class ByteArrayChunks {
  private final List<byte[]> chunks = new ArrayList<>();
  private int size;

  void add(byte[] chunk) {
    chunks.add(chunk);
    size += chunk.length;
  }

  boolean isEmpty() {
    return chunks.isEmpty();
  }

  ByteBuffer toBuffer() {
    ByteBuffer buffer = ByteBuffer.allocate(size);
    chunks.forEach(buffer::put);
    return buffer.flip();
  }

  void clear() {
    chunks.clear();
    size = 0;
  }
}

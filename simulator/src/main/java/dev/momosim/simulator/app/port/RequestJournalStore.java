package dev.momosim.simulator.app.port;

import dev.momosim.simulator.domain.RequestRecord;
import io.vertx.core.Future;
import java.util.List;
import java.util.function.Predicate;

/** The last requests answered, newest first, bounded; entries arrive already redacted. */
public interface RequestJournalStore {
  /** A new entry id, increasing. */
  long newId();

  Future<Void> record(RequestRecord entry);

  /** At most {@code limit} matching entries, newest first. */
  Future<List<RequestRecord>> list(Predicate<RequestRecord> filter, int limit);

  Future<Void> clear();
}

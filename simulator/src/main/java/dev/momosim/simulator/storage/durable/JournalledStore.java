package dev.momosim.simulator.storage.durable;

import dev.momosim.simulator.app.port.ApiUserStore;
import dev.momosim.simulator.app.port.BehaviourStore;
import dev.momosim.simulator.app.port.CallbackJournalStore;
import dev.momosim.simulator.app.port.CallerContext;
import dev.momosim.simulator.app.port.ChangeFeed;
import dev.momosim.simulator.app.port.ClockStore;
import dev.momosim.simulator.app.port.ConsentStore;
import dev.momosim.simulator.app.port.Durability;
import dev.momosim.simulator.app.port.LedgerStore;
import dev.momosim.simulator.app.port.RequestJournalStore;
import dev.momosim.simulator.app.port.SettlementStore;
import dev.momosim.simulator.app.port.SimulatorStore;
import dev.momosim.simulator.app.port.StateImage;
import dev.momosim.simulator.app.port.TokenStore;
import dev.momosim.simulator.app.port.TransactionStore;
import dev.momosim.simulator.app.port.WorkQueue;
import dev.momosim.simulator.behaviour.InvalidRuleException;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.state.InvalidStateException;
import dev.momosim.simulator.state.StateJson;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The embedded durable store ({@code serve --data-dir DIR}, docs/state.md): the state lives in
 * memory, as in {@link InMemoryStore}, and every change is journalled to DIR before it is
 * acknowledged ({@link Gate}, {@link JournalWriter}); the journal is compacted into a snapshot of
 * the whole state once it grows past a size, and on a graceful stop. On start the last snapshot is
 * read and the journals after it replayed. The request log is not kept. Thread-safe.
 */
public final class JournalledStore implements SimulatorStore {
  private static final Logger LOG = Logger.getLogger(JournalledStore.class.getName());

  /**
   * Where and how durably the state is kept.
   *
   * @param compactAfterBytes a journal longer than this is compacted into a snapshot
   */
  /**
   * The directory of a data directory where the tenants beside the default one keep theirs
   * (docs/tenants.md); the default tenant's store leaves it alone.
   */
  public static final String TENANTS_DIRECTORY = DataDirectory.TENANTS_DIRECTORY;

  public record Settings(Path dataDir, Durability durability, long compactAfterBytes) {}

  private final DataDirectory directory;
  private final InMemoryStore memory;
  private final StateJson stateJson;
  private final Gate gate = new Gate();
  private final ExecutorService snapshotThread =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "momo-sim-snapshot");
            thread.setDaemon(true);
            return thread;
          });
  private final List<String> recovered = new ArrayList<>();
  private boolean startedEmpty;
  private final ApiUserStore apiUsers;
  private final TokenStore tokens;
  private final TransactionStore transactions;
  private final LedgerStore ledger;
  private final SettlementStore settlements;
  private final BehaviourStore behaviour;
  private final ClockStore clock;
  private final CallbackJournalStore callbackJournal;
  private final ConsentStore consents;

  private JournalledStore(DataDirectory directory, InMemoryStore memory, StateJson stateJson) {
    this.directory = directory;
    this.memory = memory;
    this.stateJson = stateJson;
    this.apiUsers = new JournalledApiUsers(memory.apiUsers(), gate);
    this.tokens = new JournalledTokens(memory.tokens(), gate);
    this.transactions = new JournalledTransactions(memory.transactions(), gate);
    this.ledger = new JournalledLedger(memory.ledger(), gate);
    this.settlements = new JournalledSettlements(memory.settlements(), gate);
    this.behaviour = new JournalledBehaviour(memory.behaviour(), gate);
    this.clock = new JournalledClock(memory.clock(), gate);
    this.callbackJournal = new JournalledCallbacks(memory.callbackJournal(), gate);
    this.consents = new JournalledConsents(memory.consents(), gate);
  }

  /**
   * Opens the data directory, creating it with the state of {@code memory} when new, else reading
   * the state back. Blocking: call it off any event loop.
   *
   * @param memory the store to hold the state in; its content is the start state of a new directory
   * @param ruleParser reads journalled rules back
   * @throws DataDirectoryException with one line saying what is wrong with the directory
   */
  public static JournalledStore open(
      Settings settings, InMemoryStore memory, StateJson stateJson, RuleFileParser ruleParser) {
    DataDirectory directory = DataDirectory.open(settings.dataDir());
    try {
      JournalledStore store = new JournalledStore(directory, memory, stateJson);
      store.load(settings, ruleParser);
      return store;
    } catch (IOException e) {
      directory.close();
      throw new DataDirectoryException(
          "cannot use " + directory.path() + ": " + DataDirectory.reason(e), e);
    } catch (RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private void load(Settings settings, RuleFileParser ruleParser) throws IOException {
    EntryCodec codec = new EntryCodec();
    long segment = 1;
    long snapshotNumber = 1;
    long wholeBytes = 0;
    if (directory.isNew()) {
      startedEmpty = true;
      directory.writeAtomically(directory.snapshot(1), stateJson.write(memory.image().result()));
    } else {
      OptionalLong latest = directory.latestSnapshot();
      if (latest.isEmpty()) {
        throw new DataDirectoryException(
            directory.path() + " holds journals but no snapshot: it is damaged or incomplete");
      }
      segment = latest.getAsLong();
      snapshotNumber = segment;
      memory.restore(readSnapshot(segment));
      Replay replay = new Replay(memory, ruleParser);
      JournalReader reader = new JournalReader(codec);
      List<Long> journals = directory.journals(segment);
      for (int i = 0; i < journals.size(); i++) {
        long number = journals.get(i);
        if (number != segment + i) {
          throw new DataDirectoryException(
              directory.path()
                  + " lacks journal-"
                  + (segment + i)
                  + ".log between its snapshot and journal-"
                  + number
                  + ".log: it is damaged");
        }
        JournalReader.Contents contents =
            reader.read(directory.journal(number), i == journals.size() - 1);
        try {
          replay.apply(contents.entries());
        } catch (InvalidRuleException e) { // a named delay the configuration no longer has
          throw new DataDirectoryException(
              directory.journal(number)
                  + " holds rules this configuration cannot read: "
                  + e.getMessage());
        }
        wholeBytes = contents.hasHeader() ? contents.wholeBytes() : 0;
        if (contents.tornBytes() > 0) {
          recovered.add(
              "recovered "
                  + directory.journal(number)
                  + ": its last record was cut short by a crash ("
                  + contents.tornBytes()
                  + " bytes, never acknowledged) and is dropped; the "
                  + contents.entries().size()
                  + " whole records before it are kept");
        }
      }
      segment = journals.isEmpty() ? segment : journals.get(journals.size() - 1);
    }
    JournalWriter writer =
        new JournalWriter(
            directory,
            codec,
            settings.durability(),
            settings.compactAfterBytes(),
            segment,
            wholeBytes,
            this::writeSnapshot,
            () -> memory.image().result());
    writer.snapshotWritten(Files.size(directory.snapshot(snapshotNumber)));
    gate.open(writer);
  }

  private StateImage readSnapshot(long number) throws IOException {
    Path snapshot = directory.snapshot(number);
    try {
      return stateJson.read(Files.readAllBytes(snapshot));
    } catch (InvalidStateException e) {
      throw new DataDirectoryException(snapshot + " cannot be read: " + e.getMessage());
    }
  }

  /** What was recovered on opening (a record cut short by a crash), one line each. */
  public List<String> recovered() {
    return List.copyOf(recovered);
  }

  /** Whether the directory held no state when opened (it was created, or empty). */
  public boolean startedEmpty() {
    return startedEmpty;
  }

  /** The data directory in use. */
  public Path dataDir() {
    return directory.path();
  }

  @Override
  public ApiUserStore apiUsers() {
    return apiUsers;
  }

  @Override
  public TokenStore tokens() {
    return tokens;
  }

  @Override
  public TransactionStore transactions() {
    return transactions;
  }

  @Override
  public LedgerStore ledger() {
    return ledger;
  }

  @Override
  public SettlementStore settlements() {
    return settlements;
  }

  @Override
  public BehaviourStore behaviour() {
    return behaviour;
  }

  @Override
  public ClockStore clock() {
    return clock;
  }

  @Override
  public CallbackJournalStore callbackJournal() {
    return callbackJournal;
  }

  @Override
  public RequestJournalStore requestJournal() {
    return memory.requestJournal();
  }

  @Override
  public ConsentStore consents() {
    return consents;
  }

  /** Not journalled: the work is scheduled again from the state on start. */
  @Override
  public WorkQueue work() {
    return memory.work();
  }

  @Override
  public ChangeFeed changes() {
    return memory.changes();
  }

  @Override
  public Future<StateImage> image() {
    return gate.exclusively(memory::image);
  }

  /** Replaces the state and keeps it as a new snapshot; completes once that is durable. */
  @Override
  public Future<Void> restore(StateImage image) {
    Future<Void> kept =
        gate.exclusively(
            () -> {
              memory.restore(image);
              return gate.writer().rotate(image);
            });
    return CallerContext.deliverHere(kept);
  }

  /** Compacts into a last snapshot (so the next start reads no journal), then closes. */
  @Override
  public Future<Void> close() {
    Future<Void> compacted = gate.exclusively(() -> gate.writer().rotate(memory.image().result()));
    Promise<Void> closed = Promise.promise();
    compacted
        .recover(
            failure -> {
              LOG.log(Level.WARNING, "no last snapshot at stop: " + failure.getMessage());
              return Future.succeededFuture();
            })
        .compose(done -> gate.writer().stop())
        .onComplete(
            done -> {
              snapshotThread.shutdown();
              directory.close();
              closed.complete();
            });
    return CallerContext.deliverHere(closed.future());
  }

  /**
   * Stops as a crash would, for tests: the journal stops after what was acknowledged, no last
   * snapshot is written, and the directory is released.
   */
  void abandon() {
    gate.writer().stop().toCompletionStage().toCompletableFuture().join();
    snapshotThread.shutdown();
    try {
      snapshotThread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    directory.close();
  }

  /**
   * On the snapshot thread: the journal before the rotation flushed and closed, the image as
   * snapshot {@code number}; older files then go.
   */
  private void writeSnapshot(
      long number, StateImage image, java.nio.channels.FileChannel retired, Promise<Void> kept) {
    snapshotThread.execute(
        () -> {
          try {
            retired.force(false);
            retired.close();
            byte[] document = stateJson.write(image);
            directory.writeAtomically(directory.snapshot(number), document);
            directory.deleteBefore(number);
            gate.writer().snapshotWritten(document.length);
            kept.complete();
          } catch (IOException | RuntimeException e) {
            LOG.log(
                Level.WARNING, "cannot write snapshot " + number + " in " + directory.path(), e);
            kept.tryFail(e);
          }
        });
  }
}

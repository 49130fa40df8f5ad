package dev.momosim.simulator.storage.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.app.port.Durability;
import dev.momosim.simulator.app.port.SettlementStore;
import dev.momosim.simulator.app.port.StateImage;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.behaviour.RuleUse;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.CallbackAttempt;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.CallbackOutcome;
import dev.momosim.simulator.domain.ClockState;
import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import dev.momosim.simulator.domain.ConsentStatus;
import dev.momosim.simulator.domain.LoginHint;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Party;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Secrets;
import dev.momosim.simulator.domain.TokenGrant;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionStatus;
import dev.momosim.simulator.state.StateJson;
import dev.momosim.simulator.storage.memory.InMemoryStore;
import io.vertx.core.Future;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalledStoreTest {
  private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
  private static final RuleFileParser PARSER =
      new RuleFileParser(
          Map.of("sandbox.ongoingExpirySeconds", 180L, "sandbox.delayedSuccessSeconds", 25L)::get);
  private static final String WALLET = "MSISDN:46733123450";
  private static final String PARTNER = "partner:collection";

  @TempDir Path dir;

  private JournalledStore open() {
    return open(Long.MAX_VALUE);
  }

  private JournalledStore open(long compactAfterBytes) {
    return open(compactAfterBytes, Durability.PROCESS);
  }

  private JournalledStore open(long compactAfterBytes, Durability durability) {
    InMemoryStore memory =
        new InMemoryStore(
            new InMemoryStore.Settings(
                1000,
                100,
                100,
                account -> account.startsWith("partner") ? BigDecimal.ZERO : new BigDecimal("100"),
                PARSER.sandboxDefaults().rules(),
                ApprovalMode.AUTO));
    return JournalledStore.open(
        new JournalledStore.Settings(dir, durability, compactAfterBytes),
        memory,
        new StateJson(PARSER),
        PARSER);
  }

  /** Makes one change of every kind, each acknowledged. */
  private static void changeEverything(JournalledStore store) {
    ApiUser user = new ApiUser("user-1", "shop.example", Product.COLLECTION, null);
    done(store.apiUsers().insertIfAbsent(user));
    done(store.apiUsers().replaceKey("user-1", Secrets.digest("key-1")));
    done(
        store
            .tokens()
            .save(new TokenGrant(Secrets.digest("t"), "user-1", Product.COLLECTION, NOW)));
    Transaction pending = payment("ref-1");
    done(store.transactions().insertIfAbsent(pending));
    Transaction claimed = pending.claimed(NOW);
    done(store.transactions().compareAndSet(pending, claimed));
    done(
        store
            .settlements()
            .moveAndFinish(
                claimed,
                new SettlementStore.Move(WALLET, PARTNER, new BigDecimal("30")),
                claimed.succeeded("ftid-1", NOW),
                claimed.failed("NOT_ENOUGH_FUNDS", NOW)));
    done(store.transactions().insertIfAbsent(payment("ref-2")));
    Transaction arriving = payment("ref-3");
    assertThat(
            done(
                store
                    .settlements()
                    .insertFinished(
                        arriving,
                        new SettlementStore.Move(WALLET, PARTNER, new BigDecimal("30")),
                        arriving.succeeded("ftid-3", NOW),
                        arriving.failed("NOT_ENOUGH_FUNDS", NOW))))
        .hasValueSatisfying(
            kept -> assertThat(kept.status()).isEqualTo(TransactionStatus.SUCCESSFUL));
    Transaction declined = payment("ref-4");
    done(
        store
            .settlements()
            .insertFinished(
                declined,
                null,
                declined.failed("APPROVAL_REJECTED", NOW),
                declined.failed("x", NOW)));
    assertThat(
            done(
                store
                    .settlements()
                    .insertFinished(
                        arriving,
                        new SettlementStore.Move(WALLET, PARTNER, new BigDecimal("30")),
                        arriving.succeeded("ftid-5", NOW),
                        arriving.failed("NOT_ENOUGH_FUNDS", NOW))))
        .as("a reference id already taken keeps and moves nothing")
        .isEmpty();
    done(store.ledger().setBalance("MSISDN:46733123451", new BigDecimal("5.50")));
    done(store.ledger().transfer(PARTNER, "MSISDN:46733123451", new BigDecimal("1")));
    done(
        store
            .behaviour()
            .prependRules(
                PARSER
                    .parse(
                        "{\"rules\":[{\"name\":\"once\",\"times\":2,\"match\":{\"partyId\":\"1\"},"
                            + "\"outcome\":{\"status\":\"FAILED\"}}]}")
                    .rules()));
    long version = done(store.behaviour().rules()).version();
    assertThat(done(store.behaviour().takeUse(version, 0))).isEqualTo(RuleUse.TAKEN);
    done(store.behaviour().setApprovalMode(ApprovalMode.MANUAL));
    done(store.clock().save(new ClockState(Duration.ofMinutes(90), NOW)));
    String id = store.callbackJournal().newId();
    done(
        store
            .callbackJournal()
            .add(
                new CallbackDelivery(
                    id,
                    "ref-1",
                    Product.COLLECTION,
                    "http://shop.example/cb",
                    "PUT",
                    "{}",
                    List.of(),
                    CallbackOutcome.PENDING,
                    null)));
    done(
        store
            .callbackJournal()
            .update(
                id,
                delivery ->
                    delivery
                        .withAttempt(new CallbackAttempt(NOW, 204, null, 3, true))
                        .withOutcome(CallbackOutcome.DELIVERED)));
    changeConsents(store);
  }

  private static void changeConsents(JournalledStore store) {
    ConsentRequest pending = consent("auth-1");
    done(store.consents().insert(pending));
    done(store.consents().insert(consent("auth-2")));
    ConsentRequest approved = pending.decide(true, NOW, "control");
    assertThat(done(store.consents().compareAndSet(pending, approved))).isTrue();
    assertThat(done(store.consents().compareAndSet(pending, approved)))
        .as("a lost race changes nothing")
        .isFalse();
    done(store.consents().compareAndSet(approved, approved.redeemed()));
    ConsentGrant grant =
        new ConsentGrant(
            "auth-1",
            Product.COLLECTION,
            "user-1",
            approved.loginHint(),
            "profile",
            Secrets.digest("access-1"),
            NOW.plusSeconds(3600),
            Secrets.digest("refresh-1"),
            NOW.plusSeconds(86400));
    done(store.consents().saveGrant(grant));
    done(
        store
            .consents()
            .replaceGrant(
                grant, grant.withAccessToken(Secrets.digest("access-2"), NOW.plusSeconds(7200))));
  }

  private static ConsentRequest consent(String authReqId) {
    return new ConsentRequest(
        authReqId,
        Product.COLLECTION,
        "user-1",
        new LoginHint("MSISDN", "46733123450"),
        "profile",
        "offline",
        86400,
        NOW,
        NOW.plusSeconds(600),
        ConsentStatus.PENDING,
        null,
        null);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Durability.class)
  void everyAcknowledgedChangeIsThereAfterACrash(Durability durability) {
    JournalledStore first = open(Long.MAX_VALUE, durability);
    changeEverything(first);
    StateImage before = done(first.image());
    first.abandon();

    JournalledStore second = open();
    try {
      assertThat(second.startedEmpty()).isFalse();
      assertSameState(done(second.image()), before);
      assertThat(second.callbackJournal().newId())
          .as("callback ids keep increasing")
          .isEqualTo("cb-2");
    } finally {
      done(second.close());
    }
  }

  @Test
  void aGracefulCloseLeavesOneSnapshotAndAnEmptyJournal() throws IOException {
    JournalledStore first = open();
    changeEverything(first);
    StateImage before = done(first.image());
    done(first.close());

    try (var files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString()).sorted())
          .containsExactly("journal-2.log", "lock", "snapshot-2.json");
    }
    JournalledStore second = open();
    try {
      assertSameState(done(second.image()), before);
    } finally {
      done(second.close());
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Durability.class)
  void aLongJournalIsCompactedIntoASnapshotWhileChangesGoOn(Durability durability) {
    JournalledStore first = open(4096, durability);
    // past 4 KiB and four times the first snapshot (the sandbox rules, about 11 KiB)
    for (int i = 0; i < 1500; i++) {
      done(first.ledger().setBalance("MSISDN:4673300" + i, new BigDecimal(i)));
    }
    StateImage before = done(first.image());
    org.awaitility.Awaitility.await("a compaction")
        .atMost(10, TimeUnit.SECONDS)
        .until(() -> first.dataDir().resolve("snapshot-1.json").toFile().exists() == false);
    first.abandon();

    JournalledStore second = open();
    try {
      assertSameState(done(second.image()), before);
    } finally {
      done(second.close());
    }
  }

  @Test
  void aRecordCutShortByACrashIsDroppedAndSaidSo() throws IOException {
    JournalledStore first = open();
    changeEverything(first);
    StateImage before = done(first.image());
    first.abandon();
    Path journal = dir.resolve("journal-1.log");
    Files.write(
        journal,
        "0badc0de {\"op\":\"balanceSet\",\"acc".getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);

    JournalledStore second = open();
    try {
      assertThat(second.recovered())
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains("journal-1.log")
          .contains("cut short by a crash (32 bytes");
      assertSameState(done(second.image()), before);
      done(second.ledger().setBalance(WALLET, BigDecimal.ONE));
    } finally {
      second.abandon();
    }
    JournalledStore third = open();
    try {
      assertThat(third.recovered()).as("the cut record was cut off the file").isEmpty();
      assertThat(done(third.ledger().balance(WALLET))).isEqualByComparingTo("1");
    } finally {
      done(third.close());
    }
  }

  @Test
  void aDamagedRecordBeforeTheEndIsRefusedNamingWhere() throws IOException {
    JournalledStore first = open();
    changeEverything(first);
    first.abandon();
    Path journal = dir.resolve("journal-1.log");
    byte[] bytes = Files.readAllBytes(journal);
    int secondLine = indexOfLine(bytes, 2);
    bytes[secondLine + 20] ^= 0x01; // one bit flipped inside the third record
    Files.write(journal, bytes);

    assertThatThrownBy(this::open)
        .isInstanceOf(DataDirectoryException.class)
        .hasMessageContaining("journal-1.log is damaged at byte " + secondLine + " (record 3)");
  }

  @Test
  void aJournalFromANewerMomoSimIsRefusedSayingSo() throws IOException {
    done(open().close());
    Files.write(
        dir.resolve("journal-2.log"),
        new String(new EntryCodec().header(), StandardCharsets.UTF_8)
            .replace("\"version\":1", "\"version\":9")
            .getBytes(StandardCharsets.UTF_8));
    // the header's checksum no longer holds: rewrite it as a newer momo-sim would
    Files.write(
        dir.resolve("journal-2.log"), reframed("{\"format\":\"momo-sim-journal\",\"version\":9}"));

    assertThatThrownBy(this::open)
        .isInstanceOf(DataDirectoryException.class)
        .hasMessageContaining("was written by a newer momo-sim (journal version 9)");
  }

  @Test
  void aSnapshotThatCannotBeReadIsRefusedNotReplacedByAnEmptyState() throws IOException {
    done(open().close());
    Files.writeString(dir.resolve("snapshot-2.json"), "{\"format\":\"momo-sim-state\",");

    assertThatThrownBy(this::open)
        .isInstanceOf(DataDirectoryException.class)
        .hasMessageContaining("snapshot-2.json cannot be read: not valid JSON");
  }

  @Test
  void aDirectoryInUseByAnotherSimulatorIsRefused() {
    JournalledStore first = open();
    try {
      assertThatThrownBy(this::open)
          .isInstanceOf(DataDirectoryException.class)
          .hasMessageContaining("is in use by another running momo-sim");
    } finally {
      done(first.close());
    }
  }

  @Test
  void aDirectoryWithOtherFilesButNoStateIsRefused() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    assertThatThrownBy(this::open)
        .isInstanceOf(DataDirectoryException.class)
        .hasMessageContaining("holds other files (notes.txt) and no momo-sim data");
  }

  @Test
  void aDirectoryThatCannotBeCreatedOrWrittenIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "");

    assertThatThrownBy(() -> DataDirectory.open(file))
        .isInstanceOf(DataDirectoryException.class)
        .hasMessageEndingWith("a-file is not a directory");
    assertThatThrownBy(() -> DataDirectory.open(file.resolve("below")))
        .isInstanceOf(DataDirectoryException.class)
        .hasMessageContaining("cannot create");
    assertThatThrownBy(() -> DataDirectory.open(Path.of("/sys/kernel")))
        .isInstanceOf(DataDirectoryException.class)
        .hasMessageContaining("/sys/kernel is not writable");
  }

  @Test
  void aChangeIsAcknowledgedOnlyOnceItsRecordIsWritten() throws IOException {
    JournalledStore store = open();
    try {
      long before = Files.size(dir.resolve("journal-1.log"));
      done(store.behaviour().setApprovalMode(ApprovalMode.MANUAL));

      assertThat(Files.size(dir.resolve("journal-1.log"))).isGreaterThan(before);
      assertThat(Files.readString(dir.resolve("journal-1.log")))
          .contains("{\"op\":\"approvalModeSet\",\"mode\":\"MANUAL\"}");
    } finally {
      done(store.close());
    }
  }

  private static byte[] reframed(String json) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    crc.update(bytes);
    return (java.util.HexFormat.of().toHexDigits((int) crc.getValue()) + " " + json + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOfLine(byte[] bytes, int line) {
    int seen = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' && ++seen == line) {
        return i + 1;
      }
    }
    throw new AssertionError("fewer than " + line + " lines");
  }

  private static void assertSameState(StateImage actual, StateImage expected) {
    assertThat(actual)
        .usingRecursiveComparison()
        .withEqualsForType((a, b) -> a.pattern().equals(b.pattern()), java.util.regex.Pattern.class)
        .isEqualTo(expected);
  }

  private static Transaction payment(String referenceId) {
    return new Transaction(
        new PaymentRequest(
            Product.COLLECTION,
            Operation.REQUEST_TO_PAY,
            referenceId,
            "user-1",
            new BigDecimal("30"),
            "EUR",
            "order",
            new Party("MSISDN", "46733123450"),
            null,
            null,
            null),
        NOW,
        TransactionStatus.PENDING,
        null,
        null,
        null,
        NOW.plusSeconds(300),
        null,
        null,
        CallbackFault.NONE);
  }

  private static <T> T done(Future<T> future) {
    return future.toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
  }
}

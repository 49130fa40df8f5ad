package dev.momosim.simulator.storage.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.momosim.simulator.app.port.BehaviourStore;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleBook;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.behaviour.RuleUse;
import dev.momosim.simulator.behaviour.RuleUses;
import dev.momosim.simulator.behaviour.RuleWriter;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule book in {@code sim_rule_book} (one row: the version, the rules in the rule-file format,
 * and a write counter), the remaining uses of its limited rules in {@code sim_rule_uses}, and the
 * approval mode in {@code sim_settings}. A use is taken in one statement ({@code remaining =
 * remaining - 1 ... where remaining > 0}) against the version the caller read, so a limited rule is
 * used exactly as often as its limit however many instances race, and never against rules that
 * changed. The first instance to read an empty database writes the initial rules (version 1). Each
 * instance keeps the last book it parsed and reads the rules again only when the write counter
 * moved. Thread-safe.
 */
final class PgBehaviour implements BehaviourStore {
  private static final String APPROVAL_MODE = "approval-mode";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A parsed book and the write that gave it. */
  private record Parsed(long written, RuleBook book) {}

  private final Pool pool;
  private final RuleFileParser parser;
  private final List<Rule> initialRules;
  private final ApprovalMode initialMode;
  private final AtomicReference<Parsed> parsed = new AtomicReference<>(new Parsed(-1, null));

  /**
   * @param parser reads the kept rules back (it knows the named delays of the configuration)
   * @param initialRules the rules of an empty database
   * @param initialMode the approval mode of an empty database
   */
  PgBehaviour(Pool pool, RuleFileParser parser, List<Rule> initialRules, ApprovalMode initialMode) {
    this.pool = pool;
    this.parser = parser;
    this.initialRules = List.copyOf(initialRules);
    this.initialMode = Objects.requireNonNull(initialMode);
  }

  @Override
  public Future<RuleBook> rules() {
    Parsed known = parsed.get();
    return pool.preparedQuery(
            "SELECT version, written, CASE WHEN written = $1 THEN NULL ELSE rules::text END"
                + " FROM sim_rule_book")
        .execute(Tuple.of(known.written()))
        .compose(
            rows ->
                PgRows.first(rows)
                    .map(row -> Future.succeededFuture(book(row, known)))
                    .orElseGet(() -> seed().compose(seeded -> rules())));
  }

  @Override
  public Future<RuleUse> takeUse(long version, int index) {
    return pool.preparedQuery(
            "UPDATE sim_rule_uses SET remaining = remaining - 1"
                + " WHERE version = $1 AND position = $2 AND remaining > 0")
        .execute(Tuple.of(version, index))
        .compose(
            taken ->
                taken.rowCount() == 1
                    ? Future.succeededFuture(RuleUse.TAKEN)
                    : whyNotTaken(version, index));
  }

  /** Reads, after a use was not taken, whether the rules changed, have no limit or ran out. */
  private Future<RuleUse> whyNotTaken(long version, int index) {
    return pool.preparedQuery(
            "SELECT b.version, jsonb_array_length(b.rules), b.rules -> $2::int ->> 'times',"
                + " u.remaining FROM sim_rule_book b"
                + " LEFT JOIN sim_rule_uses u ON u.version = b.version AND u.position = $2::int")
        .execute(Tuple.of(version, index))
        .compose(
            rows -> {
              Row row = PgRows.first(rows).orElse(null);
              if (row == null || row.getLong(0) != version) {
                return Future.succeededFuture(RuleUse.RULES_CHANGED);
              }
              int size = row.getInteger(1);
              if (index < 0 || index >= size) {
                return Future.failedFuture(
                    new IllegalArgumentException("rule " + index + " is not in a book of " + size));
              }
              if (row.getValue(2) == null) {
                return Future.succeededFuture(RuleUse.TAKEN); // no limit: nothing to use up
              }
              Integer remaining = row.getInteger(3);
              // Uses left now (a restore of the same version put them back): take one anew.
              return remaining != null && remaining > 0
                  ? takeUse(version, index)
                  : Future.succeededFuture(RuleUse.NONE_LEFT);
            });
  }

  @Override
  public Future<RuleUses> uses() {
    return uses(pool);
  }

  /** The current rules with the remaining uses of each, read with the given client. */
  Future<RuleUses> uses(SqlClient client) {
    Parsed known = parsed.get();
    return client
        .preparedQuery(
            "SELECT b.version, b.written, CASE WHEN b.written = $1 THEN NULL ELSE b.rules::text END,"
                + " array(SELECT position FROM sim_rule_uses u WHERE u.version = b.version"
                + " ORDER BY position),"
                + " array(SELECT remaining FROM sim_rule_uses u WHERE u.version = b.version"
                + " ORDER BY position)"
                + " FROM sim_rule_book b")
        .execute(Tuple.of(known.written()))
        .compose(
            rows -> {
              Row row = PgRows.first(rows).orElse(null);
              if (row == null) {
                return seed().compose(seeded -> uses(client));
              }
              RuleBook book = book(row, known);
              Integer[] positions = row.getArrayOfIntegers(3);
              Integer[] counts = row.getArrayOfIntegers(4);
              Map<Integer, Integer> left = new HashMap<>();
              for (int i = 0; i < positions.length; i++) {
                left.put(positions[i], counts[i]);
              }
              List<Integer> remaining = new ArrayList<>();
              for (int i = 0; i < book.rules().size(); i++) {
                remaining.add(book.rules().get(i).times() == null ? -1 : left.getOrDefault(i, 0));
              }
              return Future.succeededFuture(new RuleUses(book, remaining));
            });
  }

  @Override
  public Future<RuleBook> replaceRules(List<Rule> rules) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(
                    "INSERT INTO sim_rule_book (version, written, rules)"
                        + " VALUES (2, nextval('sim_rule_book_writes'), $1::text::jsonb)"
                        + " ON CONFLICT (only_row) DO UPDATE SET version = sim_rule_book.version + 1,"
                        + " written = excluded.written, rules = excluded.rules"
                        + " RETURNING version, written")
                .execute(Tuple.of(json(rules)))
                .compose(
                    rows -> {
                      Row row = rows.iterator().next();
                      RuleBook book = new RuleBook(row.getLong(0), rules);
                      long written = row.getLong(1);
                      return tx.preparedQuery("DELETE FROM sim_rule_uses WHERE version <> $1")
                          .execute(Tuple.of(book.version()))
                          .compose(deleted -> insertUses(tx, book.version(), rules, 0))
                          .map(inserted -> remember(written, book));
                    }));
  }

  @Override
  public Future<RuleBook> prependRules(List<Rule> rules) {
    return pool.withTransaction(
        tx ->
            seedIn(tx)
                .compose(
                    seeded ->
                        tx.preparedQuery(
                                "UPDATE sim_rule_book SET version = version + 1,"
                                    + " written = nextval('sim_rule_book_writes'),"
                                    + " rules = $1::text::jsonb || rules"
                                    + " RETURNING version, written, rules::text")
                            .execute(Tuple.of(json(rules))))
                .compose(
                    rows -> {
                      Row row = rows.iterator().next();
                      long version = row.getLong(0);
                      RuleBook book = new RuleBook(version, parse(row.getString(2)));
                      // The rules already in force keep the uses they have left.
                      return tx.preparedQuery(
                              "UPDATE sim_rule_uses SET version = $1, position = position + $2"
                                  + " WHERE version = $3")
                          .execute(Tuple.of(version, rules.size(), version - 1))
                          .compose(moved -> insertUses(tx, version, rules, 0))
                          .map(inserted -> remember(row.getLong(1), book));
                    }));
  }

  @Override
  public Future<ApprovalMode> approvalMode() {
    return approvalMode(pool);
  }

  /** The approval mode, read with the given client. */
  Future<ApprovalMode> approvalMode(SqlClient client) {
    return client
        .preparedQuery("SELECT value #>> '{}' FROM sim_settings WHERE name = $1")
        .execute(Tuple.of(APPROVAL_MODE))
        .map(
            rows ->
                PgRows.first(rows, row -> ApprovalMode.valueOf(row.getString(0)))
                    .orElse(initialMode));
  }

  @Override
  public Future<Void> setApprovalMode(ApprovalMode mode) {
    return setApprovalMode(pool, Objects.requireNonNull(mode));
  }

  /**
   * Replaces the rules, their remaining uses and the approval mode with the image's, in the
   * caller's transaction.
   */
  Future<Void> restoreIn(SqlConnection tx, RuleUses image, ApprovalMode mode) {
    RuleBook book = image.book();
    return tx.preparedQuery(
            "INSERT INTO sim_rule_book (version, written, rules)"
                + " VALUES ($1, nextval('sim_rule_book_writes'), $2::text::jsonb)"
                + " ON CONFLICT (only_row) DO UPDATE SET version = excluded.version,"
                + " written = excluded.written, rules = excluded.rules")
        .execute(Tuple.of(book.version(), json(book.rules())))
        .compose(written -> tx.query("DELETE FROM sim_rule_uses").execute())
        .compose(
            deleted -> {
              List<Tuple> uses = new ArrayList<>();
              for (int i = 0; i < book.rules().size(); i++) {
                if (book.rules().get(i).times() != null) {
                  uses.add(Tuple.of(book.version(), i, Math.max(0, image.remaining().get(i))));
                }
              }
              return PgRows.batch(
                  tx,
                  "INSERT INTO sim_rule_uses (version, position, remaining) VALUES ($1, $2, $3)",
                  uses);
            })
        .compose(done -> setApprovalMode(tx, Objects.requireNonNull(mode)));
  }

  private Future<Void> setApprovalMode(SqlClient client, ApprovalMode mode) {
    return client
        .preparedQuery(
            "INSERT INTO sim_settings (name, value) VALUES ($1, to_jsonb($2::text))"
                + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")
        .execute(Tuple.of(APPROVAL_MODE, mode.name()))
        .mapEmpty();
  }

  /** Writes the initial rules (version 1) unless a book is kept; one instance wins a race. */
  private Future<Void> seed() {
    return pool.withTransaction(this::seedIn);
  }

  private Future<Void> seedIn(SqlConnection tx) {
    return tx.preparedQuery(
            "INSERT INTO sim_rule_book (version, written, rules)"
                + " VALUES (1, nextval('sim_rule_book_writes'), $1::text::jsonb)"
                + " ON CONFLICT (only_row) DO NOTHING")
        .execute(Tuple.of(json(initialRules)))
        .compose(
            rows ->
                rows.rowCount() == 1
                    ? insertUses(tx, 1, initialRules, 0)
                    : Future.succeededFuture());
  }

  /** Gives the limited ones of {@code rules}, placed from {@code first}, their full uses. */
  private static Future<Void> insertUses(
      SqlConnection tx, long version, List<Rule> rules, int first) {
    List<Tuple> uses = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).times() != null) {
        uses.add(Tuple.of(version, first + i, Math.max(0, rules.get(i).times())));
      }
    }
    return PgRows.batch(
        tx, "INSERT INTO sim_rule_uses (version, position, remaining) VALUES ($1, $2, $3)", uses);
  }

  /**
   * The book of a row: version, written, and the rules' text, or null when {@code known} (whose
   * write the statement was given) is current.
   */
  private RuleBook book(Row row, Parsed known) {
    long written = row.getLong(1);
    String rules = row.getString(2);
    if (rules == null) {
      return known.book();
    }
    return remember(written, new RuleBook(row.getLong(0), parse(rules)));
  }

  private RuleBook remember(long written, RuleBook book) {
    parsed.accumulateAndGet(
        new Parsed(written, book),
        (known, fresh) -> fresh.written() > known.written() ? fresh : known);
    return book;
  }

  private List<Rule> parse(String rules) {
    try {
      return parser.parseRules(MAPPER.readTree(rules));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the kept rules are not JSON", e);
    }
  }

  /** The rules in the rule-file format, each with all of its uses. */
  private static String json(List<Rule> rules) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    rules.forEach(
        rule -> array.add(RuleWriter.write(rule, rule.times() == null ? -1 : rule.times())));
    return array.toString();
  }
}

package dev.momosim.simulator.behaviour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MTN's documented sandbox test numbers, read from the API digest ({@code docs/momo-api.md}
 * §13.2(b) and the e-mail, party-code and SDK lines under it), so that tests take their cases from
 * MoMo's documentation and never from a copy of the simulator's default rule file. A payment label
 * that names no reason (Failed, Rejected, Expired, Ongoing, Delayed) means what §13.3 records the
 * real sandbox doing for the number that carries it in the RequestToPay column; any other label is
 * the FAILED reason it spells (PayerNotFound: {@code PAYER_NOT_FOUND}). Immutable.
 */
public final class SandboxNumbers {

  /** A column of §13.2(b), found by how its heading starts. */
  public enum Column {
    ACCOUNT_HOLDER("AccountHolder"),
    REQUEST_TO_PAY("RequestToPay"),
    TRANSFER("Transfer"),
    PRE_APPROVAL("PreApproval");

    private final String heading;

    Column(String heading) {
      this.heading = heading;
    }
  }

  /**
   * How a payment with the number ends: its final status and reason, and the status it shows first
   * when it is not final at once ({@code null} when it is).
   */
  public record Outcome(String initialStatus, String status, String reason) {
    public boolean isImmediate() {
      return initialStatus == null;
    }
  }

  /** A number and what one column says about it. */
  public record Payment(String number, String label, Outcome outcome) {}

  /**
   * An account-holder row: its MSISDN, e-mail and party code, and the documented answer, an error
   * (HTTP status and code) or, without one, {@code {"result":false}}.
   */
  public record AccountHolder(
      String label, String msisdn, String email, String partyCode, int errorStatus, String code) {
    public boolean isError() {
      return errorStatus > 0;
    }
  }

  private static final Path DIGEST = Path.of("..", "docs", "momo-api.md");
  private static final Pattern STATUS =
      Pattern.compile("\\b(PENDING|CREATED|SUCCESSFUL|FAILED)\\b");
  private static final Pattern FAILED_WITH = Pattern.compile("FAILED\\s*/\\s*`?([A-Z_]+)`?");
  private static final Pattern SDK_ANSWER = Pattern.compile("(\\d{2}) → \"(\\d{3}) ([A-Z_]+)\"");
  private static final Pattern EMAIL = Pattern.compile("([a-z]+)@");
  private static final Pattern DOMAIN = Pattern.compile("`([a-z0-9.-]+)`");
  private static final Pattern PARTY_CODE = Pattern.compile("`([0-9a-f-]{36})` \\((\\w+)\\)");

  private final Map<String, Map<Column, String>> labels;
  private final Map<String, Outcome> observed;
  private final Map<String, Outcome> meanings = new LinkedHashMap<>();
  private final List<AccountHolder> accountHolders = new ArrayList<>();

  private SandboxNumbers(String digest) {
    String documented = section(digest, "### 13.2", "### 13.3");
    labels = labels(table(documented, "Value"));
    observed = observed(table(section(digest, "### 13.3", "### 13.4"), "MSISDN"));
    labels.forEach(
        (number, row) -> {
          if (observed.containsKey(number) && row.containsKey(Column.REQUEST_TO_PAY)) {
            meanings.put(row.get(Column.REQUEST_TO_PAY), observed.get(number));
          }
        });
    readAccountHolders(documented);
  }

  /** The table of the repository's digest. */
  public static SandboxNumbers read() {
    try {
      return parse(Files.readString(DIGEST));
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot read the MoMo API digest " + DIGEST, failed);
    }
  }

  /** The table of a digest's Markdown text. */
  public static SandboxNumbers parse(String digest) {
    return new SandboxNumbers(digest);
  }

  /** Every number with an entry in a payment column, in the table's order. */
  public List<Payment> payments(Column column) {
    if (column == Column.ACCOUNT_HOLDER) {
      throw new IllegalArgumentException("account holders are read with accountHolders()");
    }
    List<Payment> payments = new ArrayList<>();
    labels.forEach(
        (number, row) -> {
          String label = row.get(column);
          if (label != null) {
            payments.add(new Payment(number, label, meaning(label)));
          }
        });
    return List.copyOf(payments);
  }

  /** The numbers of {@code column} whose payments end FAILED at once. */
  public List<Payment> failingAtOnce(Column column) {
    return payments(column).stream()
        .filter(p -> p.outcome().isImmediate() && p.outcome().status().equals("FAILED"))
        .toList();
  }

  /** The one number {@code column} labels {@code label}, such as Ongoing or Rejected. */
  public Payment payment(Column column, String label) {
    return payments(column).stream()
        .filter(p -> p.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("§13.2(b) has no " + label + " " + column));
  }

  /** The numbers of the table with no entry in {@code column}. */
  public List<String> unlisted(Column column) {
    return labels.entrySet().stream()
        .filter(row -> !row.getValue().containsKey(column))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Numbers §13.3 saw succeed at once that the table does not list. */
  public List<String> seenSucceeding() {
    return observed.entrySet().stream()
        .filter(n -> !labels.containsKey(n.getKey()))
        .filter(n -> n.getValue().isImmediate() && n.getValue().status().equals("SUCCESSFUL"))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The account-holder rows, in the table's order. */
  public List<AccountHolder> accountHolders() {
    return List.copyOf(accountHolders);
  }

  /** The account-holder row labelled {@code label}, such as NotFound. */
  public AccountHolder accountHolder(String label) {
    return accountHolders.stream()
        .filter(a -> a.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("§13.2(b) has no account holder " + label));
  }

  private Outcome meaning(String label) {
    Outcome seen = meanings.get(label);
    return seen != null
        ? seen
        : new Outcome(
            null, "FAILED", label.replaceAll("(?<=.)(?=\\p{Lu})", "_").toUpperCase(Locale.ROOT));
  }

  private void readAccountHolders(String documented) {
    Map<String, String[]> sdk = new LinkedHashMap<>();
    Matcher answer = SDK_ANSWER.matcher(line(documented, "AccountHolder column"));
    while (answer.find()) {
      sdk.put(answer.group(1), new String[] {answer.group(2), answer.group(3)});
    }
    String emails = line(documented, "- Email account holders:");
    Matcher domain = DOMAIN.matcher(emails);
    String at = domain.find() ? domain.group(1) : fail("no e-mail domain");
    Map<String, String> emailByLabel = new LinkedHashMap<>();
    for (Matcher email = EMAIL.matcher(emails); email.find(); ) {
      emailByLabel.put(email.group(1), email.group(1) + "@" + at);
    }
    Map<String, String> codeByLabel = new LinkedHashMap<>();
    Matcher code = PARTY_CODE.matcher(line(documented, "- PARTY_CODE account holders:"));
    while (code.find()) {
      codeByLabel.put(code.group(2), code.group(1));
    }
    labels.forEach(
        (number, row) -> {
          String label = row.get(Column.ACCOUNT_HOLDER);
          if (label != null) {
            String[] error = sdk.get(number.substring(number.length() - 2));
            accountHolders.add(
                new AccountHolder(
                    label,
                    number,
                    required(emailByLabel.get(label.toLowerCase(Locale.ROOT)), label + " e-mail"),
                    required(codeByLabel.get(label), label + " party code"),
                    error == null ? 0 : Integer.parseInt(error[0]),
                    error == null ? null : error[1]));
          }
        });
  }

  private static Map<String, Map<Column, String>> labels(List<List<String>> table) {
    List<String> heading = table.get(0);
    Map<String, Map<Column, String>> rows = new LinkedHashMap<>();
    for (List<String> row : table.subList(1, table.size())) {
      Map<Column, String> cells = new EnumMap<>(Column.class);
      for (Column column : Column.values()) {
        String cell = row.get(columnIndex(heading, column));
        // "TransfertypeUnknown (RequestToPay only)": the label without its note; "–": none.
        String label = cell.replaceAll("\\s*\\(.*\\)", "").trim();
        if (label.matches("\\p{Alpha}+")) {
          cells.put(column, label);
        }
      }
      rows.put(row.get(0), cells);
    }
    return rows;
  }

  private static Map<String, Outcome> observed(List<List<String>> table) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (List<String> row : table.subList(1, table.size())) {
      if (!row.get(0).matches("\\d+")) {
        continue;
      }
      String seen = String.join(" | ", row.subList(1, row.size()));
      // The first state seen, when it is not final, is the one shown until the end.
      Matcher first = STATUS.matcher(seen);
      String firstSeen = first.find() ? first.group(1) : "";
      String initial =
          firstSeen.equals("PENDING") || firstSeen.equals("CREATED") ? firstSeen : null;
      Matcher failed = FAILED_WITH.matcher(seen);
      if (failed.find()) {
        outcomes.put(row.get(0), new Outcome(initial, "FAILED", failed.group(1)));
      } else if (seen.contains("SUCCESSFUL")) {
        outcomes.put(row.get(0), new Outcome(initial, "SUCCESSFUL", null));
      }
    }
    return outcomes;
  }

  private static int columnIndex(List<String> heading, Column column) {
    for (int i = 0; i < heading.size(); i++) {
      if (heading.get(i).startsWith(column.heading)) {
        return i;
      }
    }
    return fail("no column headed " + column.heading);
  }

  /** The Markdown table whose first heading cell is {@code firstHeading}, without its rule row. */
  private static List<List<String>> table(String text, String firstHeading) {
    List<List<String>> table = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith("|")) {
        if (!table.isEmpty()) {
          break;
        }
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
        cells.add(cell.trim());
      }
      if (table.isEmpty() && !cells.get(0).equals(firstHeading)) {
        continue;
      }
      if (!cells.get(0).startsWith("---")) {
        table.add(cells);
      }
    }
    return table.size() > 1 ? table : fail("no table headed " + firstHeading);
  }

  private static String section(String digest, String from, String to) {
    int start = digest.indexOf(from);
    int end = digest.indexOf(to, start + 1);
    return start < 0 || end < 0 ? fail("no section " + from) : digest.substring(start, end);
  }

  private static String line(String text, String containing) {
    for (String line : text.split("\n")) {
      if (line.contains(containing)) {
        return line;
      }
    }
    return fail("no line with " + containing);
  }

  private static String required(String value, String what) {
    return value != null ? value : fail("no " + what);
  }

  private static <T> T fail(String what) {
    throw new IllegalStateException("the MoMo API digest " + DIGEST + " changed shape: " + what);
  }
}

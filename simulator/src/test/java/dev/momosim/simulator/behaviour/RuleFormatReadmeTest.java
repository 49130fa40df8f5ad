package dev.momosim.simulator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tables of docs/rules.md document the rule format key by key; they and the {@link RuleFormat}
 * records must name the same keys, so neither can drift from the other.
 */
class RuleFormatReadmeTest {
  /** Each table, by what its header's first cell says before "key", and the record it documents. */
  private static final Map<String, Class<?>> TABLES =
      Map.of(
          "rule file", RuleFormat.FileSpec.class,
          "rule", RuleFormat.RuleSpec.class,
          "`match`", RuleFormat.MatchSpec.class,
          "`outcome`", RuleFormat.OutcomeSpec.class,
          "`httpFault`", RuleFormat.HttpFaultSpec.class,
          "`callbackFault`", RuleFormat.CallbackFaultSpec.class,
          "`accountHolders` entry", RuleFormat.AccountHolderSpec.class,
          "`error`", RuleFormat.ErrorSpec.class);

  private static final Pattern KEY = Pattern.compile("`(\\w+)`");

  @Test
  void everyKeyOfTheFormatIsInTheReadmeAndTheReadmeNamesNoOther() throws IOException {
    Map<String, Set<String>> documented = tablesOf(behaviourRulesSection());

    assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(TABLES.keySet());
    TABLES.forEach(
        (table, record) ->
            assertThat(documented.get(table))
                .as("docs/rules.md's %s table against %s", table, record.getSimpleName())
                .isEqualTo(keysOf(record)));
  }

  @Test
  void everyRecordOfTheFormatHasATable() {
    Set<Class<?>> objects =
        Arrays.stream(RuleFormat.class.getDeclaredClasses())
            .filter(Class::isRecord)
            .filter(type -> !type.isAnnotationPresent(JsonDeserialize.class)) // a value, no keys
            .collect(Collectors.toSet());

    assertThat(objects).containsExactlyInAnyOrderElementsOf(TABLES.values());
  }

  private static Set<String> keysOf(Class<?> record) {
    return Arrays.stream(record.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String behaviourRulesSection() throws IOException {
    return Files.readString(Path.of("..", "docs", "rules.md"));
  }

  /** The keys (backticked names in the first column) of each table, by its header. */
  private static Map<String, Set<String>> tablesOf(String markdown) {
    Map<String, Set<String>> tables = new LinkedHashMap<>();
    Set<String> current = null;
    boolean inTable = false;
    for (String line : markdown.lines().toList()) {
      if (!line.startsWith("|")) {
        inTable = false;
        continue;
      }
      List<String> cells = Arrays.stream(line.split("\\|")).map(String::strip).toList();
      String first = cells.size() > 1 ? cells.get(1) : "";
      if (!inTable) {
        inTable = true;
        String table = first.contains(" key") ? first.substring(0, first.indexOf(" key")) : first;
        current = new TreeSet<>();
        tables.put(table, current);
      } else if (!first.startsWith("---")) {
        Matcher key = KEY.matcher(first);
        while (key.find()) {
          current.add(key.group(1));
        }
      }
    }
    return tables;
  }
}

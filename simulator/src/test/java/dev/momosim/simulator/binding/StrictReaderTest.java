package dev.momosim.simulator.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictReaderTest {
  record Root(String name, int count, List<Item> items, Map<String, Item> byId, Mode mode) {}

  record Item(
      @JsonDeserialize(using = AmountJson.Reader.class) BigDecimal amount, List<String> tags) {
    Item {
      if (amount != null && amount.signum() == 0) {
        throw new IllegalArgumentException("items: amount must not be zero");
      }
    }
  }

  enum Mode {
    ON,
    OFF
  }

  private final StrictReader strict = StrictReader.strict();
  private final StrictReader lenient = StrictReader.lenient();

  @Test
  void bindsWhatTheRecordsDescribe() {
    Root root =
        strict.read(
            json(
                """
        {"name": "n", "count": 2, "items": [{"amount": "1.50", "tags": ["a"]}],
         "byId": {"x": {"amount": 3}}, "mode": "off"}"""),
            Root.class);

    assertThat(root.items().get(0).amount()).isEqualByComparingTo("1.5");
    assertThat(root.byId().get("x").amount()).isEqualByComparingTo("3");
    assertThat(root.mode()).isEqualTo(Mode.OFF);
  }

  @Test
  void namesEveryUnknownKeyByItsPathSorted() {
    assertThatThrownBy(
            () ->
                strict.read(
                    json(
                        """
        {"nmae": "n", "items": [{"amount": "1"}, {"amont": "1", "tags": []}],
         "byId": {"x": {"tag": []}}, "extra": {"deep": 1}}"""),
                    Root.class))
        .isInstanceOfSatisfying(
            BindingException.class,
            e ->
                assertThat(e.unknownKeys())
                    .containsExactly("byId.x.tag", "extra", "items[1].amont", "nmae"));
  }

  @Test
  void anUnknownKeyIsNamedEvenWhenItLeavesARequiredValueOut() {
    assertThatThrownBy(() -> strict.read(json("{\"cuont\": 2}"), Root.class))
        .isInstanceOfSatisfying(
            BindingException.class, e -> assertThat(e.unknownKeys()).containsExactly("cuont"));
  }

  @Test
  void aValueOfTheWrongTypeIsNamedWithWhatItMustBe() {
    assertThatThrownBy(() -> strict.read(json("{\"count\": \"2\"}"), Root.class))
        .hasMessage("count must be a whole number, was 2");
    assertThatThrownBy(() -> strict.read(json("{\"count\": 2, \"name\": 7}"), Root.class))
        .hasMessage("name must be text, was 7");
    assertThatThrownBy(
            () -> strict.read(json("{\"count\": 2, \"items\": [{\"tags\": 1}]}"), Root.class))
        .hasMessage("items[0].tags must be a JSON array, was 1");
    assertThatThrownBy(() -> strict.read(json("{\"count\": 2, \"mode\": \"maybe\"}"), Root.class))
        .hasMessage("mode must be ON or OFF, was maybe");
    assertThatThrownBy(() -> strict.read(json("{\"count\": 2, \"byId\": []}"), Root.class))
        .hasMessage("byId must be a JSON object, was []");
  }

  @Test
  void aRecordsOwnRefusalAndAnAmountsKeepTheirMessages() {
    assertThatThrownBy(
            () -> strict.read(json("{\"count\": 1, \"items\": [{\"amount\": 0}]}"), Root.class))
        .hasMessage("items: amount must not be zero");
    assertThatThrownBy(
            () ->
                strict.read(
                    json("{\"count\": 1, \"byId\": {\"k\": {\"amount\": \"1e9\"}}}"), Root.class))
        .hasMessageStartingWith("byId.k.amount must be a decimal amount >= 0 written plainly");
  }

  @Test
  void lenientReadsScalarsAsTextAndOneValueAsAListButNoFractionAsACount() {
    Root root =
        lenient.read(
            json("{\"name\": 46733123453, \"count\": 1, \"items\": [{\"tags\": \"one\"}]}"),
            Root.class);

    assertThat(root.name()).isEqualTo("46733123453");
    assertThat(root.items().get(0).tags()).containsExactly("one");
    assertThatThrownBy(() -> lenient.read(json("{\"count\": 1.5}"), Root.class))
        .hasMessage("count must be a whole number, was 1.5");
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}

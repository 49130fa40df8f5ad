package dev.momosim.simulator.behaviour;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.momosim.simulator.binding.AmountJson;
import dev.momosim.simulator.binding.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The rule-file format, defined once: a rule file, the config's {@code rules}, and {@code
 * /_sim/rules} in and out are these records, key by key, in the order {@code GET /_sim/rules}
 * writes them. {@link RuleSpecReader} binds them (refusing any other key by its path), {@link
 * RuleFileParser} turns them into {@link Rule}s, {@link RuleWriter} writes rules back through them,
 * and a test holds the tables of docs/rules.md to them. Every key is optional; a missing one means
 * what docs/rules.md says.
 */
public final class RuleFormat {
  private RuleFormat() {}

  /**
   * A rule file.
   *
   * @param description free text
   * @param rules payment rules, first match wins
   * @param accountHolders answers to account-holder lookups
   */
  public record FileSpec(
      String description,
      @JsonDeserialize(using = RuleSpecReader.Rules.class) List<RuleSpec> rules,
      @JsonDeserialize(using = RuleSpecReader.AccountHolders.class)
          List<AccountHolderSpec> accountHolders) {}

  /**
   * One rule.
   *
   * @param name shown by the control API and in refusals; {@code rule N} when absent
   * @param match what the rule applies to; absent matches every payment
   * @param outcome what happens to a matching payment (required)
   * @param times how many times the rule applies, then the next rule decides
   * @param remainingUses written beside {@code times}; ignored when read back
   */
  public record RuleSpec(
      String name, MatchSpec match, OutcomeSpec outcome, Integer times, Integer remainingUses) {}

  /**
   * What a rule applies to; every condition given must hold.
   *
   * @param partyId one id or a list (a single value reads as a list of one)
   * @param partyIdRegex a regular expression the whole id must match
   * @param amount an exact amount, the same as equal {@code amountMin} and {@code amountMax}
   */
  public record MatchSpec(
      List<String> products,
      List<String> operations,
      List<String> partyIdTypes,
      List<String> partyId,
      String partyIdPrefix,
      String partyIdRegex,
      @JsonDeserialize(using = AmountJson.Reader.class) BigDecimal amount,
      @JsonDeserialize(using = AmountJson.Reader.class)
          @JsonSerialize(using = AmountJson.Writer.class)
          BigDecimal amountMin,
      @JsonDeserialize(using = AmountJson.Reader.class)
          @JsonSerialize(using = AmountJson.Writer.class)
          BigDecimal amountMax,
      String currency,
      String externalId) {}

  /**
   * What happens to a matching payment.
   *
   * @param manual stays PENDING until approved, rejected or the approval window ends
   * @param status the final status: SUCCESSFUL (default) or FAILED
   * @param reason the FAILED reason (INTERNAL_PROCESSING_ERROR when absent)
   * @param initialStatus what the status GET shows until then: PENDING (default) or CREATED
   * @param delaySeconds how long after acceptance the final status is reached
   * @param httpFault a fault on the creating POST itself
   * @param callbackFault what happens to the callback
   */
  public record OutcomeSpec(
      Boolean manual,
      String status,
      String reason,
      String initialStatus,
      DelaySpec delaySeconds,
      HttpFaultSpec httpFault,
      CallbackFaultSpec callbackFault) {}

  /**
   * The creating POST is refused with an error (when {@code status} is given) and/or answered late.
   *
   * @param status 400 to 599
   * @param code the MoMo code (INTERNAL_PROCESSING_ERROR when absent)
   * @param message MoMo's text for the code when absent
   * @param delayMillis how late the answer comes, in milliseconds
   */
  public record HttpFaultSpec(Integer status, String code, String message, Long delayMillis) {}

  /**
   * What goes wrong with the callback.
   *
   * @param drop never sent
   * @param duplicate sent twice
   * @param delaySeconds sent this late, on the simulator clock
   */
  public record CallbackFaultSpec(Boolean drop, Boolean duplicate, DelaySpec delaySeconds) {}

  /**
   * How account-holder lookups answer for some ids.
   *
   * @param ids MSISDNs, emails or party codes, matched case-insensitively
   * @param label free text
   * @param active {@code false}: {@code {"result": false}}; true when absent
   * @param error the lookup fails with this error instead
   */
  public record AccountHolderSpec(
      List<String> ids, String label, Boolean active, ErrorSpec error) {}

  /**
   * An error answer.
   *
   * @param status the HTTP status (500 when absent)
   * @param code the MoMo code (INTERNAL_PROCESSING_ERROR when absent)
   * @param message MoMo's text for the code when absent
   */
  public record ErrorSpec(Integer status, String code, String message) {}

  /**
   * A number of seconds, or the name of a setting that holds one (e.g. {@code
   * "sandbox.ongoingExpirySeconds"}); exactly one is set. A value, not an object: it has no keys.
   */
  @JsonDeserialize(using = DelaySpec.Reader.class)
  public record DelaySpec(Double seconds, String setting) {
    public static DelaySpec ofSeconds(double seconds) {
      return new DelaySpec(seconds, null);
    }

    @JsonValue
    Object json() {
      return setting != null ? setting : seconds;
    }

    static final class Reader extends StdDeserializer<DelaySpec> {
      private static final long serialVersionUID = 1L;

      Reader() {
        super(DelaySpec.class);
      }

      @Override
      public DelaySpec deserialize(JsonParser parser, DeserializationContext context)
          throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          return ofSeconds(parser.getDoubleValue());
        }
        if (token == JsonToken.VALUE_STRING) {
          return new DelaySpec(null, parser.getText());
        }
        String path = JsonPath.of(parser);
        throw new InvalidRuleException(
            path
                + " must be a number of seconds >= 0 or a setting name, was "
                + parser.readValueAs(JsonNode.class));
      }
    }
  }
}

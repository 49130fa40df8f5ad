package dev.momosim.simulator.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.momosim.simulator.app.port.StateImage;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.InvalidRuleException;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleBook;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.behaviour.RuleUses;
import dev.momosim.simulator.behaviour.RuleWriter;
import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.ClockState;
import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import dev.momosim.simulator.domain.ForgottenWallets;
import dev.momosim.simulator.domain.TokenGrant;
import dev.momosim.simulator.domain.Transaction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one readable JSON form of a {@link StateImage} (docs/state.md): what {@code GET /_sim/state}
 * answers, {@code momo-sim state export} writes, {@code --state} and the data directory's snapshots
 * read. Rules are written in the rule-file format with their remaining uses. Every value of the
 * domain is written under its record component's name; reading refuses unknown keys and missing
 * ones (a null must be written as null), naming the path. Thread-safe.
 */
public final class StateJson {
  /** What the {@code format} key of every state document holds. */
  public static final String FORMAT = "momo-sim-state";

  /** The version this simulator writes and the newest it reads. */
  public static final int VERSION = 1;

  /** The document as written: the image with rules in the rule-file format. */
  private record Document(
      String format,
      int version,
      ClockState clock,
      ApprovalMode approvalMode,
      Rules rules,
      List<ApiUser> apiUsers,
      List<TokenGrant> tokens,
      List<AccountBalance> accounts,
      ForgottenWallets forgottenWallets,
      List<Transaction> transactions,
      List<CallbackDelivery> callbacks,
      long lastCallbackNumber,
      List<ConsentRequest> consents,
      List<ConsentGrant> consentGrants) {}

  /** Keys a document written before they existed lacks; read as empty lists. */
  private static final List<String> LATER_LISTS = List.of("consents", "consentGrants");

  /** The rule book's version and its rules, each with its {@code remainingUses}. */
  private record Rules(long version, ArrayNode rules) {}

  /**
   * The one record mapper of state documents, built when a document is first written or read (not
   * as the simulator starts: it loads Jackson's java.time module, which nothing else needs then).
   */
  private static final class Documents {
    static final ObjectMapper MAPPER = recordMapper();
  }

  private final RuleFileParser ruleParser;

  /**
   * @param ruleParser reads the rules back (it knows the named delays of the configuration)
   */
  public StateJson(RuleFileParser ruleParser) {
    this.ruleParser = ruleParser;
  }

  /**
   * A mapper that writes the domain's records by their components (instants as ISO-8601 text,
   * amounts as plain decimals) and reads them back strictly, for the data directory's journal.
   */
  public static ObjectMapper recordMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  /** The image as an indented JSON document. */
  public byte[] write(StateImage image) {
    ArrayNode rules = Documents.MAPPER.createArrayNode();
    RuleUses uses = image.rules();
    for (int i = 0; i < uses.book().rules().size(); i++) {
      rules.add(RuleWriter.write(uses.book().rules().get(i), uses.remaining().get(i)));
    }
    Document document =
        new Document(
            FORMAT,
            VERSION,
            image.clock(),
            image.approvalMode(),
            new Rules(uses.book().version(), rules),
            image.apiUsers(),
            image.tokens(),
            image.accounts(),
            image.forgottenWallets(),
            image.transactions(),
            image.callbacks(),
            image.lastCallbackNumber(),
            image.consents(),
            image.consentGrants());
    try {
      return Documents.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a state image always serialises", e);
    }
  }

  /**
   * @throws InvalidStateException saying what is wrong and where: not JSON, not a state document, a
   *     newer version than this simulator reads, a missing or unknown key, an invalid rule
   */
  public StateImage read(byte[] json) {
    JsonNode tree;
    try {
      tree = Documents.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new InvalidStateException("not valid JSON: " + originalMessage(e));
    }
    if (tree == null || !tree.isObject() || !FORMAT.equals(tree.path("format").asText(null))) {
      throw new InvalidStateException(
          "not a momo-sim state document (it has no \"format\": \"" + FORMAT + "\")");
    }
    int version = tree.path("version").asInt(-1);
    if (version > VERSION) {
      throw new InvalidStateException(
          "written by a newer momo-sim (state version "
              + version
              + "); this one reads version "
              + VERSION
              + " and older");
    }
    if (version < 1) {
      throw new InvalidStateException("\"version\" must be a whole number from 1");
    }
    for (String key : LATER_LISTS) {
      if (!tree.has(key)) {
        ((ObjectNode) tree).putArray(key);
      }
    }
    Document document;
    try {
      document = Documents.MAPPER.treeToValue(tree, Document.class);
    } catch (ValueInstantiationException e) { // a record refused a value: say which, not how
      Throwable refusal = e.getCause();
      throw new InvalidStateException(
          where(e)
              + (refusal instanceof NullPointerException
                  ? refusal.getMessage() + " must not be null"
                  : refusal != null ? refusal.getMessage() : originalMessage(e)));
    } catch (JsonMappingException e) {
      throw new InvalidStateException(where(e) + originalMessage(e));
    } catch (IOException e) {
      throw new InvalidStateException(originalMessage(e));
    }
    return image(document);
  }

  private StateImage image(Document document) {
    checkPresent(document);
    List<Rule> rules;
    try {
      rules = ruleParser.parseRules(document.rules().rules());
    } catch (InvalidRuleException e) {
      throw new InvalidStateException("rules: " + e.getMessage());
    }
    List<Integer> remaining = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      JsonNode left = document.rules().rules().get(i).path("remainingUses");
      remaining.add(rules.get(i).times() == null ? -1 : left.asInt(rules.get(i).times()));
    }
    return new StateImage(
        document.apiUsers(),
        document.tokens(),
        document.transactions(),
        document.accounts(),
        document.forgottenWallets(),
        new RuleUses(new RuleBook(document.rules().version(), rules), remaining),
        document.approvalMode(),
        document.clock(),
        document.callbacks(),
        document.lastCallbackNumber(),
        document.consents(),
        document.consentGrants());
  }

  private static void checkPresent(Document document) {
    Required.need(document.clock(), "clock");
    Required.need(document.clock().offset(), "clock.offset");
    Required.need(document.approvalMode(), "approvalMode");
    Required.need(document.rules(), "rules");
    Required.need(document.rules().rules(), "rules.rules");
    Required.each(document.apiUsers(), "apiUsers", Required::apiUser);
    Required.each(document.tokens(), "tokens", Required::token);
    Required.each(document.accounts(), "accounts", Required::account);
    Required.need(document.forgottenWallets(), "forgottenWallets");
    Required.need(document.forgottenWallets().net(), "forgottenWallets.net");
    Required.each(document.transactions(), "transactions", Required::transaction);
    Required.each(document.callbacks(), "callbacks", Required::callback);
    Required.each(document.consents(), "consents", (consent, at) -> {});
    Required.each(document.consentGrants(), "consentGrants", (grant, at) -> {});
  }

  /** {@code at transactions[3].request: } for a mapping error with a path. */
  static String where(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "" : "at " + path + ": ";
  }

  private static String originalMessage(IOException e) {
    String message =
        e instanceof JsonProcessingException processing
            ? processing.getOriginalMessage()
            : e.getMessage();
    int details = message.indexOf(" (for ");
    return (details > 0 ? message.substring(0, details) : message).replace('\n', ' ');
  }
}

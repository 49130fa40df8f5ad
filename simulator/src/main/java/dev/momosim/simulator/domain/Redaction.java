package dev.momosim.simulator.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides what is a secret and what is shown instead: the request journal, the
 * callback journal, the transaction views, the event stream, the dashboard and the log lines show
 * only what passed through here (docs/journals.md). A secret's value becomes {@value #MASK}; its
 * name stays, so a reader sees that it was sent. Only what is shown is redacted: a callback is
 * still sent to the URL as given.
 *
 * <p>A name is secret when, lower-cased and without {@code -}, {@code _} or {@code .}, it is one of
 * a few short names ({@code key}, {@code sig}, ...) or contains a word such as {@code secret},
 * {@code password}, {@code token}, {@code apikey}, {@code authorization}, {@code cookie}: header
 * names, query parameters, form fields and JSON fields alike, so an unknown body errs on the side
 * of redacting. Pure functions; thread-safe.
 */
public final class Redaction {
  /** What a secret value is replaced with. */
  public static final String MASK = "***";

  /** What a token request's body is journalled as: it carries credentials by design. */
  public static final String TOKEN_BODY = "<not journalled: token requests carry credentials>";

  private static final Set<String> SECRET_NAMES =
      Set.of("key", "sig", "pwd", "pin", "otp", "pass", "jwt");
  private static final List<String> SECRET_PARTS =
      List.of(
          "secret",
          "password",
          "passwd",
          "token",
          "apikey",
          "subscriptionkey",
          "accesskey",
          "privatekey",
          "credential",
          "signature",
          "authorization",
          "authreqid",
          "cookie",
          "session",
          "bearer");

  /** Cheap first look: a body with none of these (normalised) cannot hold a secret name or URL. */
  private static final List<String> HINTS =
      List.of(
          "key",
          "sig",
          "pwd",
          "pin",
          "otp",
          "pass",
          "jwt",
          "secret",
          "token",
          "credential",
          "authorization",
          "authreqid",
          "cookie",
          "session",
          "bearer",
          "://");

  /** {@code name: value}, {@code name=value}, {@code "name": "value"} in free text. */
  private static final Pattern NAMED_VALUE =
      Pattern.compile(
          "([A-Za-z0-9_.\\-]+)(\"?\\s*[:=]\\s*\"?)((?:(?i:bearer|basic)\\s+)?[^\"'&\\s,;}<>]*)");

  /** {@code <name>value</name>} in XML-like text. */
  private static final Pattern XML_VALUE = Pattern.compile("<([A-Za-z0-9_.\\-:]+)>([^<]*)</");

  private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*://[^\\s\"'<>]+");

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private Redaction() {}

  /** Whether a header, query parameter, form field or JSON field of this name holds a secret. */
  public static boolean isSecretName(String name) {
    if (name == null) {
      return false;
    }
    String normal = normalise(name);
    if (SECRET_NAMES.contains(normal)) {
      return true;
    }
    for (String part : SECRET_PARTS) {
      if (normal.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A header's value as shown: masked for a secret header (keeping a scheme word such as {@code
   * Bearer}), a URL with its secrets masked, else as sent.
   */
  public static String header(String name, String value) {
    if (value == null) {
      return null;
    }
    if (isSecretName(name)) {
      int space = value.indexOf(' ');
      boolean scheme =
          space > 0
              && space < 10
              && value.substring(0, space).chars().allMatch(Character::isLetter);
      return scheme ? value.substring(0, space) + " " + MASK : MASK;
    }
    return value.contains("://") ? text(value) : value;
  }

  /**
   * A raw query string (without {@code ?}) as shown: each parameter whose decoded name is secret
   * keeps its name and gets {@value #MASK} for a value; everything else stays as sent.
   */
  public static String query(String query) {
    if (query == null || query.isEmpty()) {
      return query;
    }
    StringBuilder shown = new StringBuilder(query.length());
    int start = 0;
    while (start <= query.length()) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = query.length();
      }
      if (start > 0) {
        shown.append('&');
      }
      shown.append(pair(query.substring(start, end)));
      start = end + 1;
    }
    return shown.toString();
  }

  private static String pair(String pair) {
    int equals = pair.indexOf('=');
    if (equals < 0) {
      return pair;
    }
    String name = pair.substring(0, equals);
    String value = pair.substring(equals + 1);
    if (decodedNameIsSecret(name)) {
      return name + "=" + MASK;
    }
    return value.contains("://") || value.contains("%3A%2F%2F") || value.contains("%3a%2f%2f")
        ? name + "=" + nestedUrl(value)
        : pair;
  }

  /** A URL given as a query or form value, percent-encoded: shown with its secrets masked. */
  private static String nestedUrl(String encoded) {
    String decoded;
    try {
      decoded = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return encoded.contains("?") || encoded.contains("%3F") || encoded.contains("%3f")
          ? MASK
          : encoded;
    }
    String shown = text(decoded);
    return shown.equals(decoded) ? encoded : shown;
  }

  /** An encoded name that cannot be decoded is treated as secret: better masked than leaked. */
  private static boolean decodedNameIsSecret(String name) {
    try {
      return isSecretName(URLDecoder.decode(name, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException malformed) {
      return true;
    }
  }

  /**
   * A URL as shown: secrets masked in its query and fragment, and a password in its user info; the
   * scheme, host, path and every other parameter as given.
   */
  public static String url(String url) {
    if (url == null) {
      return null;
    }
    String shown = url;
    int scheme = shown.indexOf("://");
    if (scheme > 0) {
      int authorityEnd = firstOf(shown, scheme + 3, "/?#");
      int at = shown.lastIndexOf('@', authorityEnd - 1);
      int colon = at > scheme ? shown.indexOf(':', scheme + 3) : -1;
      if (colon > 0 && colon < at) {
        shown = shown.substring(0, colon + 1) + MASK + shown.substring(at);
      }
    }
    int hash = shown.indexOf('#');
    String fragment = hash < 0 ? null : shown.substring(hash + 1);
    String beforeFragment = hash < 0 ? shown : shown.substring(0, hash);
    int question = beforeFragment.indexOf('?');
    String result =
        question < 0
            ? beforeFragment
            : beforeFragment.substring(0, question + 1)
                + query(beforeFragment.substring(question + 1));
    return fragment == null ? result : result + "#" + query(fragment);
  }

  private static int firstOf(String text, int from, String characters) {
    for (int i = from; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  /**
   * A request body as shown. A token request's body (a path ending in {@code /token} or {@code
   * /token/}, any case, known route or not) is not shown at all; a JSON body has the value of every
   * secret field masked at any depth; a form body or any other text has every {@code name=value} or
   * {@code name: value} with a secret name masked. URLs anywhere in it are shown as {@link #url}.
   */
  public static String body(String path, String text) {
    if (text == null) {
      return null;
    }
    if (isTokenPath(path)) {
      return TOKEN_BODY;
    }
    if (!mayHoldSecret(text)) {
      return text;
    }
    String trimmed = text.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        return JSON.writeValueAsString(redactJson(JSON.readTree(trimmed)));
      } catch (JsonProcessingException notJson) {
        // shown as text below
      }
    }
    if (looksLikeForm(trimmed)) {
      return query(trimmed);
    }
    return text(text);
  }

  /** Free text (an error message, a header value) with secrets and URLs' secrets masked. */
  public static String text(String text) {
    if (text == null || !mayHoldSecret(text)) {
      return text;
    }
    String shown = replace(URL, text, match -> url(match.group()));
    shown =
        replace(
            NAMED_VALUE,
            shown,
            match ->
                isSecretName(match.group(1)) && !match.group(3).isEmpty()
                    ? match.group(1) + match.group(2) + MASK
                    : match.group());
    return replace(
        XML_VALUE,
        shown,
        match ->
            isSecretName(match.group(1))
                ? "<" + match.group(1) + ">" + MASK + "</"
                : match.group());
  }

  /**
   * Whether a path is a token endpoint's, mistyped or not: {@code .../token} or {@code .../token/}.
   */
  public static boolean isTokenPath(String path) {
    if (path == null) {
      return false;
    }
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith("/token") || lower.endsWith("/token/");
  }

  private static JsonNode redactJson(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode value = object.get(name);
        object.set(
            name,
            isSecretName(name) && !value.isNull() ? TextNode.valueOf(MASK) : redactJson(value));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, redactJson(array.get(i)));
      }
    } else if (node.isTextual() && node.asText().contains("://")) {
      return TextNode.valueOf(text(node.asText()));
    }
    return node;
  }

  /** {@code a=1&b=2}: no white space, and every {@code &}-separated part a name and a value. */
  private static boolean looksLikeForm(String text) {
    if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    for (String part : text.split("&")) {
      if (part.indexOf('=') <= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean mayHoldSecret(String text) {
    String normal = normalise(text);
    for (String hint : HINTS) {
      if (normal.contains(hint)) {
        return true;
      }
    }
    return text.contains("://");
  }

  private static String normalise(String name) {
    StringBuilder normal = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '-' && c != '_' && c != '.') {
        normal.append(Character.toLowerCase(c));
      }
    }
    return normal.toString();
  }

  private static String replace(
      Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder shown = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(shown, Matcher.quoteReplacement(replacement.apply(matcher)));
    }
    matcher.appendTail(shown);
    return shown.toString();
  }
}

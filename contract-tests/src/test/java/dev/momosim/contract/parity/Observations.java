package dev.momosim.contract.parity;

import dev.momosim.contract.target.RawResponse;
import dev.momosim.contract.target.WireTap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one test's calls got back from the target, for the parity report: each answer's HTTP status
 * and its body's top-level field names in wire order, read from the answer as it came off the wire
 * (the target's {@link WireTap} feeds it). Nothing a test expects, types or sends is recorded: the
 * call is named by its method and path with every id-like segment as {@code {id}}. One instance per
 * test. Thread-safe.
 */
public final class Observations implements WireTap.Listener {

  /** One observed answer: the call, its HTTP status, the body's fields in order. */
  public record Observation(String call, int status, List<String> fields) {}

  // Path words kept in a call's name (collection, v1_0, requesttopay, party_code, oauth2,
  // bc-authorize); anything else (reference ids, MSISDNs, e-mails, currencies) the test sent.
  private static final Pattern PATH_WORD = Pattern.compile("v\\d+_\\d+|[a-z]+(?:[-_][a-z]+)*\\d?");

  private final List<Observation> observed = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void exchanged(String method, String path, RawResponse answer) {
    observed.add(new Observation(call(method, path), answer.status(), answer.keys()));
  }

  /** Everything observed so far, in order. */
  public List<Observation> all() {
    synchronized (observed) {
      return List.copyOf(observed);
    }
  }

  /** {@code GET /collection/v1_0/requesttopay/{id}} for a status read of any reference id. */
  static String call(String method, String path) {
    List<String> named = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      named.add(segment.isEmpty() || PATH_WORD.matcher(segment).matches() ? segment : "{id}");
    }
    return method + " " + String.join("/", named);
  }
}

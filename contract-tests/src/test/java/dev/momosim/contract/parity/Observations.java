package dev.momosim.contract.parity;

import dev.momosim.client.MomoApiException;
import dev.momosim.client.Transaction;
import dev.momosim.contract.target.RawResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What one test saw on the target: each call's status code and body field set, fed by the test and
 * written to the parity report. One instance per test, resolved as a test parameter. Thread-safe.
 */
public final class Observations {

  /** One observed answer: the call, its HTTP status, the body's fields in order. */
  public record Observation(String call, int status, List<String> fields) {}

  private final List<Observation> observed =
      java.util.Collections.synchronizedList(new ArrayList<>());

  /** Records an answer. */
  public void record(String call, int status, Collection<String> fields) {
    observed.add(new Observation(call, status, List.copyOf(fields)));
  }

  /** Records a raw answer: its status and its top-level keys in wire order. */
  public RawResponse response(String call, RawResponse response) {
    record(call, response.status(), response.keys());
    return response;
  }

  /** Records a status read through the client: 200 and the fields the transaction carried. */
  public Transaction transaction(String call, Transaction transaction) {
    List<String> fields = new ArrayList<>();
    add(fields, "financialTransactionId", transaction.financialTransactionId());
    add(fields, "externalId", transaction.externalId());
    add(fields, "amount", transaction.amount());
    add(fields, "currency", transaction.currency());
    add(fields, "party", transaction.party());
    add(fields, "payerMessage", transaction.payerMessage());
    add(fields, "payeeNote", transaction.payeeNote());
    fields.add("status=" + transaction.status());
    if (transaction.reason() != null) {
      fields.add("reason=" + transaction.reason().code());
    }
    record(call, 200, fields);
    return transaction;
  }

  /** Records a failed client call: the status and MoMo's code, when MoMo answered. */
  public <T extends Throwable> T error(String call, T failure) {
    if (failure instanceof MomoApiException api) {
      record(
          call, api.status(), api.rawCode() == null ? List.of() : List.of("code=" + api.rawCode()));
    } else {
      record(call, 0, List.of(failure.getClass().getSimpleName()));
    }
    return failure;
  }

  /** Everything observed so far, in order. */
  public List<Observation> all() {
    synchronized (observed) {
      return List.copyOf(observed);
    }
  }

  private static void add(List<String> fields, String name, Object value) {
    if (value != null) {
      fields.add(name);
    }
  }
}

package dev.momosim.client;

import dev.momosim.client.exception.MomoProtocolException;
import dev.momosim.client.internal.TransactionJson;
import dev.momosim.client.model.Transaction;
import io.vertx.core.buffer.Buffer;

/**
 * Turns the body of a MoMo callback (sent by PUT or POST; the final transaction as a status read
 * returns it, without reference id) into a {@link Transaction}. Stateless and thread-safe.
 */
public final class CallbackParser {

  private CallbackParser() {}

  /**
   * @param body the callback body
   * @param referenceId the reference id, taken from the callback URL, or {@code null}
   * @throws MomoProtocolException when the body is not a transaction
   */
  public static Transaction parse(Buffer body, String referenceId) {
    return TransactionJson.decode(body, referenceId);
  }

  /** See {@link #parse(Buffer, String)}. */
  public static Transaction parse(String body, String referenceId) {
    return parse(Buffer.buffer(body == null ? "" : body), referenceId);
  }
}

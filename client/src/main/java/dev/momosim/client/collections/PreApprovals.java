package dev.momosim.client.collections;

import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.PartyIdType;
import io.vertx.core.Future;
import java.util.List;

/**
 * Pre-approvals: ask a payer to approve future debits, read the request, list the payer's approved
 * ones, cancel one. Obtain it with {@code collections().preApprovals()}. Thread-safe; every method
 * returns at once and a failed {@code Future} carries a {@link
 * dev.momosim.client.exception.MomoException} (a second pending request for the same payer is
 * refused with {@code PREAPPROVAL_EXIST_PENDING}).
 */
public interface PreApprovals {

  /** Asks for a pre-approval with a generated reference id and the default callback URL. */
  default Future<String> create(PreApproval preApproval) {
    return create(preApproval, CreateOptions.defaults());
  }

  /**
   * Asks for a pre-approval ({@code POST v2_0/preapproval}). Transient failures are retried with
   * the same reference id; a 409 after one of our own failed attempts is confirmed with a status
   * read.
   *
   * @return the reference id, once MoMo accepted the request (202)
   */
  Future<String> create(PreApproval preApproval, CreateOptions options);

  /** Reads a pre-approval request ({@code GET v2_0/preapproval/{ref}}). */
  Future<PreApprovalResult> status(String referenceId);

  /**
   * The payer's pre-approvals ({@code GET v1_0/preapprovals/{type}/{id}}); an empty list when there
   * are none.
   */
  Future<List<PreApprovalDetails>> approved(AccountHolderIdType type, String id);

  /** As {@link #approved(AccountHolderIdType, String)} for a payer named by MSISDN or e-mail. */
  default Future<List<PreApprovalDetails>> approved(Party payer) {
    if (payer.type() == PartyIdType.PARTY_CODE) {
      throw new IllegalArgumentException(
          "the pre-approvals list names a payer by msisdn, email, id or alias, not PARTY_CODE");
    }
    return approved(AccountHolderIdType.valueOf(payer.type().name()), payer.id());
  }

  /**
   * Cancels an approved pre-approval ({@code DELETE v1_0/preapproval/{id}}) by the {@link
   * PreApprovalDetails#preApprovalId()} from the list.
   */
  Future<Void> cancel(String preApprovalId);
}

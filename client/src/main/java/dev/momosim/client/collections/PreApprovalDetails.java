package dev.momosim.client.collections;

import dev.momosim.client.model.Checks;
import java.util.Objects;

/**
 * One pre-approval in a payer's list ({@code GET /collection/v1_0/preapprovals/{type}/{id}}, MoMo's
 * {@code PreApprovalDetails}). Fields other than the id and the status may be {@code null}.
 * Immutable and thread-safe.
 *
 * @param preApprovalId MoMo's id, used to cancel it
 * @param toFri the payee's account (FRI)
 * @param fromFri the payer's account (FRI)
 * @param fromCurrency the currency
 * @param createdTime when it was created
 * @param approvedTime when it was approved
 * @param expiryTime when it expires
 * @param status its state
 * @param message the payer message
 * @param frequency DAILY, WEEKLY or MONTHLY, as MoMo sends it
 * @param startDate the start date
 * @param lastUsedDate when it was last used
 * @param offer the offer
 * @param externalId the external id
 * @param maxDebitAmount the largest debit allowed
 */
public record PreApprovalDetails(
    String preApprovalId,
    String toFri,
    String fromFri,
    String fromCurrency,
    String createdTime,
    String approvedTime,
    String expiryTime,
    PreApprovalStatus status,
    String message,
    String frequency,
    String startDate,
    String lastUsedDate,
    String offer,
    String externalId,
    String maxDebitAmount) {

  public PreApprovalDetails {
    Checks.notBlank(preApprovalId, "preApprovalId");
    Objects.requireNonNull(status, "status must not be null");
  }
}

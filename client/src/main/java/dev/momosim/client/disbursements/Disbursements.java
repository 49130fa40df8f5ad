package dev.momosim.client.disbursements;

import dev.momosim.client.product.TransferOperations;

/**
 * The Disbursement product: pay a payee from the merchant account ({@code
 * /disbursement/v1_0/transfer}). Obtain it with {@code MomoClient.disbursements()}. Thread-safe; a
 * failed {@code Future} carries a {@link dev.momosim.client.exception.MomoException}.
 */
public interface Disbursements extends TransferOperations {}

package dev.momosim.client.remittances;

import dev.momosim.client.product.TransferOperations;

/**
 * The Remittance product: cross-border transfers to a payee ({@code /remittance/v1_0/transfer}).
 * Obtain it with {@code MomoClient.remittances()}. Thread-safe; a failed {@code Future} carries a
 * {@link dev.momosim.client.exception.MomoException}.
 */
public interface Remittances extends TransferOperations {}

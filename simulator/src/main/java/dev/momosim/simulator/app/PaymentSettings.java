package dev.momosim.simulator.app;

import java.time.Duration;

/**
 * The settings payments are checked and settled with.
 *
 * @param currency the only currency the environment accepts (EUR in the sandbox)
 * @param invalidCurrencyStatus the HTTP status of INVALID_CURRENCY (500 per MTN's spec, 400 per its
 *     error page)
 * @param approvalWindow how long a manual payment waits before it fails EXPIRED
 * @param payerInsufficientFundsReason the reason a request-to-pay fails with when the payer's
 *     wallet is short
 */
public record PaymentSettings(
    String currency,
    int invalidCurrencyStatus,
    Duration approvalWindow,
    String payerInsufficientFundsReason) {}

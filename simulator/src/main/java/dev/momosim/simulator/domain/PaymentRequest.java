package dev.momosim.simulator.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A validated creating request (request-to-pay or transfer) as accepted by the API.
 *
 * @param apiUserId the API user whose token sent it
 * @param externalId may be null, as may the messages and the callback URL
 */
public record PaymentRequest(
    Product product,
    Operation operation,
    String referenceId,
    String apiUserId,
    BigDecimal amount,
    String currency,
    String externalId,
    Party party,
    String payerMessage,
    String payeeNote,
    String callbackUrl) {

  public PaymentRequest {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(referenceId, "referenceId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(party, "party");
  }
}

package dev.momosim.simulator.callback;

import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.Decision;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Party;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Real transaction records, built by hand as Payments would hold them. */
final class Transactions {
  static final Instant CREATED_AT = Instant.parse("2024-05-01T10:00:00Z");

  /** The payments' API user: the default configuration's preset collection user. */
  private static final String API_USER =
      SimulatorConfig.defaults().presetUsers().stream()
          .filter(user -> user.product() == Product.COLLECTION)
          .findFirst()
          .orElseThrow()
          .id();

  private Transactions() {}

  static Transaction pending(
      Product product, Operation operation, String callbackUrl, CallbackFault fault) {
    PaymentRequest request =
        new PaymentRequest(
            product,
            operation,
            UUID.randomUUID().toString(),
            API_USER,
            new BigDecimal("100"),
            "EUR",
            "order-42",
            new Party("MSISDN", "46733123454"),
            "Pay for order 42",
            "Thanks",
            callbackUrl);
    return new Transaction(
        request,
        CREATED_AT,
        TransactionStatus.PENDING,
        null,
        null,
        new Decision(TransactionStatus.SUCCESSFUL, null, CREATED_AT),
        null,
        null,
        "test",
        fault);
  }

  static Transaction pending(String callbackUrl) {
    return pending(Product.COLLECTION, Operation.REQUEST_TO_PAY, callbackUrl, CallbackFault.NONE);
  }

  static Transaction successful(String callbackUrl) {
    return pending(callbackUrl).succeeded("1234567890", CREATED_AT);
  }

  static Transaction successful(String callbackUrl, CallbackFault fault) {
    return pending(Product.COLLECTION, Operation.REQUEST_TO_PAY, callbackUrl, fault)
        .succeeded("1234567890", CREATED_AT);
  }

  static Transaction failed(Product product, Operation operation, String callbackUrl) {
    return pending(product, operation, callbackUrl, CallbackFault.NONE)
        .failed("APPROVAL_REJECTED", CREATED_AT);
  }

  static CallbackFault delay(Duration delay) {
    return new CallbackFault(false, false, delay);
  }
}

package dev.momosim.contract;

import dev.momosim.client.Product;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * MTN's sandbox test numbers that end FAILED at once, with their reasons (momo-api.md §13.2(b) read
 * with the FAILED + reason meaning observed in §13.3; README "Sandbox test numbers"). The ongoing
 * (46733123453) and delayed (46733123454) numbers have tests of their own.
 */
final class SandboxNumbers {

  static final String ONGOING = "46733123453";
  static final String DELAYED = "46733123454";

  static final Map<String, String> REQUEST_TO_PAY;
  static final Map<String, String> TRANSFER;

  static {
    Map<String, String> requestToPay = new LinkedHashMap<>();
    Map<String, String> transfer = new LinkedHashMap<>();
    requestToPay.put("46733123450", "INTERNAL_PROCESSING_ERROR");
    requestToPay.put("46733123451", "APPROVAL_REJECTED");
    requestToPay.put("46733123452", "EXPIRED");
    requestToPay.put("46733123455", "PAYER_NOT_FOUND");
    requestToPay.put("46733123456", "PAYEE_NOT_ALLOWED_TO_RECEIVE");
    requestToPay.put("46733123457", "NOT_ALLOWED");
    requestToPay.put("46733123458", "NOT_ALLOWED_TARGET_ENVIRONMENT");
    requestToPay.put("46733123459", "INVALID_CALLBACK_URL_HOST");
    requestToPay.put("46733123460", "INVALID_CURRENCY");
    requestToPay.put("46733123461", "INTERNAL_PROCESSING_ERROR");
    requestToPay.put("46733123462", "SERVICE_UNAVAILABLE");
    requestToPay.put("46733123463", "COULD_NOT_PERFORM_TRANSACTION");
    requestToPay.put("46733123464", "TRANSFERTYPE_UNKNOWN");

    transfer.put("46733123450", "INTERNAL_PROCESSING_ERROR");
    transfer.put("46733123451", "APPROVAL_REJECTED");
    transfer.put("46733123452", "EXPIRED");
    transfer.put("46733123455", "NOT_ENOUGH_FUNDS");
    transfer.put("46733123456", "PAYER_LIMIT_REACHED");
    transfer.put("46733123457", "PAYEE_NOT_FOUND");
    transfer.put("46733123458", "NOT_ALLOWED");
    transfer.put("46733123459", "NOT_ALLOWED_TARGET_ENVIRONMENT");
    transfer.put("46733123460", "INVALID_CALLBACK_URL_HOST");
    transfer.put("46733123461", "INVALID_CURRENCY");
    transfer.put("46733123462", "INTERNAL_PROCESSING_ERROR");
    transfer.put("46733123463", "SERVICE_UNAVAILABLE");
    transfer.put("46733123464", "TRANSFERTYPE_UNKNOWN");
    REQUEST_TO_PAY = java.util.Collections.unmodifiableMap(requestToPay);
    TRANSFER = java.util.Collections.unmodifiableMap(transfer);
  }

  private SandboxNumbers() {}

  static Stream<Arguments> requestToPayFailures() {
    return REQUEST_TO_PAY.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  /** Every failing transfer number on both transfer products. */
  static Stream<Arguments> transferFailures() {
    return Stream.of(Product.DISBURSEMENT, Product.REMITTANCE)
        .flatMap(
            product ->
                TRANSFER.entrySet().stream()
                    .map(e -> Arguments.of(product, e.getKey(), e.getValue())));
  }
}

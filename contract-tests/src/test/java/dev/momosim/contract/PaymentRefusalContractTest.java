package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoConflictException;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.exception.MomoServerException;
import dev.momosim.client.exception.MomoValidationException;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.ErrorReason;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transfer;
import dev.momosim.client.product.Product;
import dev.momosim.client.product.ProductOperations;
import dev.momosim.contract.target.Await;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.RawResponse;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the API refuses synchronously (§2, §11, §12, §13.4): reused, unknown and malformed reference
 * ids, a currency other than EUR, a callback URL on another host. Run for each payment product.
 */
@Contract
class PaymentRefusalContractTest extends ContractCase {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void reusedReferenceIdIsRefusedWithConflictResourceAlreadyExist(Product product) {
    String ref = UUID.randomUUID().toString();
    CreateOptions options = CreateOptions.defaults().withReferenceId(ref);
    assertThat(Await.result(create(product, "10", "EUR", options))).isEqualTo(ref);

    Throwable second = Await.failure(create(product, "10", "EUR", options));

    assertThat(second).isInstanceOf(MomoConflictException.class);
    MomoApiException conflict = (MomoApiException) second;
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.rawCode()).isEqualTo("RESOURCE_ALREADY_EXIST");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void unknownReferenceIdIsNotFound(Product product) {
    Throwable failure = Await.failure(ops(product).status(UUID.randomUUID().toString()));

    assertThat(failure).isInstanceOf(MomoNotFoundException.class);
    assertThat(((MomoApiException) failure).status()).isEqualTo(404);
    assertThat(((MomoApiException) failure).rawCode()).isEqualTo("RESOURCE_NOT_FOUND");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void malformedReferenceIdInAStatusReadIsABadRequest(Product product) {
    Throwable failure = Await.failure(ops(product).status("not-a-uuid"));

    assertThat(failure).isInstanceOf(MomoValidationException.class);
    assertThat(((MomoApiException) failure).status()).isEqualTo(400);
  }

  @Test
  void malformedReferenceIdOnARequestToPayIsABadRequest() {
    Map<String, String> headers =
        new java.util.HashMap<>(
            target
                .raw()
                .productHeaders(Product.COLLECTION, target.credentials(Product.COLLECTION)));
    headers.put("X-Reference-Id", "12345");
    JsonObject body =
        new JsonObject()
            .put("amount", "10")
            .put("currency", "EUR")
            .put("externalId", "1")
            .put(
                "payer",
                new JsonObject()
                    .put("partyIdType", "MSISDN")
                    .put("partyId", Parties.ORDINARY_MSISDN));

    RawResponse answer =
        target.raw().send(HttpMethod.POST, "/collection/v1_0/requesttopay", headers, body);

    assertThat(answer.status()).isEqualTo(400);
  }

  @Test
  void referenceIdThatIsAUuidButNotVersionFourIsABadRequest() {
    Map<String, String> headers =
        new java.util.HashMap<>(
            target
                .raw()
                .productHeaders(Product.DISBURSEMENT, target.credentials(Product.DISBURSEMENT)));
    headers.put("X-Reference-Id", "c72025f5-5cd1-1630-99e4-8ba4722fad56");
    JsonObject body =
        new JsonObject()
            .put("amount", "10")
            .put("currency", "EUR")
            .put("externalId", "1")
            .put(
                "payee",
                new JsonObject()
                    .put("partyIdType", "MSISDN")
                    .put("partyId", Parties.ORDINARY_MSISDN));

    RawResponse answer =
        target.raw().send(HttpMethod.POST, "/disbursement/v1_0/transfer", headers, body);

    assertThat(answer.status()).isEqualTo(400);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void currencyOtherThanEuroIsRefusedWithInvalidCurrency(Product product) {
    Throwable failure = Await.failure(create(product, "10", "USD", CreateOptions.defaults()));

    assertThat(failure).isInstanceOf(MomoServerException.class);
    MomoApiException refused = (MomoApiException) failure;
    assertThat(refused.status()).isEqualTo(500);
    assertThat(refused.reason()).isEqualTo(ErrorReason.INVALID_CURRENCY);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void callbackUrlOnAnotherHostIsRefusedWithInvalidCallbackUrlHost(Product product) {
    CreateOptions options =
        CreateOptions.defaults().withCallbackUrl("https://not-the-callback-host.example/cb");

    Throwable failure = Await.failure(create(product, "10", "EUR", options));

    assertThat(failure).isInstanceOf(MomoServerException.class);
    MomoApiException refused = (MomoApiException) failure;
    assertThat(refused.status()).isEqualTo(500);
    assertThat(refused.rawCode()).isEqualTo("INVALID_CALLBACK_URL_HOST");
    assertThat(refused.apiMessage()).isEqualTo("Callback URL does not match the configured value.");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Product.class)
  void callbackUrlOnTheUsersCallbackHostIsAccepted(Product product) {
    CreateOptions options = CreateOptions.defaults().withCallbackUrl(target.callbackUrlTemplate());

    String ref = Await.result(create(product, "10", "EUR", options));

    assertThat(ref).isNotBlank();
  }

  private ProductOperations ops(Product product) {
    return target.client().product(product);
  }

  private Future<String> create(
      Product product, String amount, String currency, CreateOptions options) {
    Party party = Party.msisdn(Parties.ORDINARY_MSISDN);
    return switch (product) {
      case COLLECTION ->
          target
              .client()
              .collections()
              .requestToPay(RequestToPay.of(amount, currency, party), options);
      case DISBURSEMENT ->
          target.client().disbursements().transfer(Transfer.of(amount, currency, party), options);
      case REMITTANCE ->
          target.client().remittances().transfer(Transfer.of(amount, currency, party), options);
    };
  }
}

package dev.momosim.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.product.Product;
import dev.momosim.contract.target.Contract;
import dev.momosim.contract.target.Parties;
import dev.momosim.contract.target.RawResponse;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's outside check: every operation of MTN's four definition files (but the two stray
 * remittance entries), called as MTN documents it, dependent calls in order, answers the documented
 * success status; every creating operation ends SUCCESSFUL, answers 409 to its reference id sent
 * again, and its status GET 404 to an unknown one. Which operations were called is compared with
 * the definition files themselves, so an operation added to them and not called here fails.
 */
@Contract
class AllOperationsContractTest extends ContractCase {
  /** The two stray portal entries SOURCES.md says not to implement. */
  private static final Set<String> STRAY =
      Set.of(
          "GET /remittance/clone-671b0/v1_0/accountholder/msisdn/{}/basicuserinfo",
          "GET /remittance/v1_0/accountholder/msisdn/999{}999/basicuserinfo");

  private final Set<String> called = new TreeSet<>();
  private final MtnSchemas schemas = new MtnSchemas();

  @Test
  void everyOperationOfMtnsDefinitionsAnswersItsDocumentedSuccessStatus() {
    provisioning();
    for (Product product : Product.values()) {
      everyProduct(product);
    }
    collection();
    disbursement();
    remittance();

    assertThat(called).isEqualTo(definedOperations());
    assertThat(called).hasSize(54);
  }

  private void provisioning() {
    String key = target.subscriptionKey(Product.COLLECTION);
    String user = UUID.randomUUID().toString();
    expect(
        201,
        "POST /v1_0/apiuser",
        HttpMethod.POST,
        "/v1_0/apiuser",
        Map.of("Ocp-Apim-Subscription-Key", key, "X-Reference-Id", user),
        new JsonObject().put("providerCallbackHost", target.callbackHost()));
    expect(
        200,
        "GET /v1_0/apiuser/{}",
        HttpMethod.GET,
        "/v1_0/apiuser/" + user,
        Map.of("Ocp-Apim-Subscription-Key", key),
        null);
    expect(
        201,
        "POST /v1_0/apiuser/{}/apikey",
        HttpMethod.POST,
        "/v1_0/apiuser/" + user + "/apikey",
        Map.of("Ocp-Apim-Subscription-Key", key),
        null);
  }

  private void everyProduct(Product product) {
    String p = product.pathPrefix();
    var credentials = target.credentials(product);
    String basic =
        Base64.getEncoder()
            .encodeToString((credentials.apiUser() + ":" + credentials.apiKey()).getBytes());
    expect(
        200,
        "POST " + p + "/token/",
        HttpMethod.POST,
        p + "/token/",
        Map.of(
            "Authorization",
            "Basic " + basic,
            "Ocp-Apim-Subscription-Key",
            credentials.subscriptionKey()),
        null);
    Map<String, String> headers = headers(product);
    schema(
        product,
        "Balance",
        expect(
            200,
            "GET " + p + "/v1_0/account/balance",
            HttpMethod.GET,
            p + "/v1_0/account/balance",
            headers,
            null));
    expect(
        200,
        "GET " + p + "/v1_0/account/balance/{}",
        HttpMethod.GET,
        p + "/v1_0/account/balance/EUR",
        headers,
        null);
    expect(
        200,
        "GET " + p + "/v1_0/accountholder/{}/{}/active",
        HttpMethod.GET,
        p + "/v1_0/accountholder/msisdn/" + Parties.ORDINARY_MSISDN + "/active",
        headers,
        null);
    String basicInfo =
        product == Product.REMITTANCE
            ? "GET " + p + "/v1_0/accountholder/msisdn/{}/basicuserinfo"
            : "GET " + p + "/v1_0/accountholder/{}/{}/basicuserinfo";
    expect(
        200,
        basicInfo,
        HttpMethod.GET,
        p + "/v1_0/accountholder/msisdn/" + Parties.ORDINARY_MSISDN + "/basicuserinfo",
        headers,
        null);
    consent(product, basic);
  }

  /** bc-authorize, then the CIBA token once consented, then userinfo with it. */
  private void consent(Product product, String basic) {
    String p = product.pathPrefix();
    Map<String, String> headers = headers(product);
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    RawResponse authorized =
        target
            .raw()
            .postForm(
                p + "/v1_0/bc-authorize",
                headers,
                "scope=profile&login_hint=ID:"
                    + Parties.ORDINARY_MSISDN
                    + "/MSISDN&access_type=offline");
    record(200, "POST " + p + "/v1_0/bc-authorize", authorized);
    String authReqId = authorized.json().getString("auth_req_id");
    Map<String, String> tokenHeaders = new LinkedHashMap<>();
    tokenHeaders.put("Authorization", "Basic " + basic);
    tokenHeaders.put("Ocp-Apim-Subscription-Key", target.credentials(product).subscriptionKey());
    tokenHeaders.put("X-Target-Environment", "sandbox");
    tokenHeaders.put("Content-Type", "application/x-www-form-urlencoded");
    RawResponse token =
        Awaitility.await("consent token")
            .atMost(target.settleDeadline().plusSeconds(10))
            .pollInterval(Duration.ofMillis(target.isSimulator() ? 20 : 5000))
            .until(
                () ->
                    target
                        .raw()
                        .postForm(
                            p + "/oauth2/token/",
                            tokenHeaders,
                            "grant_type=urn:openid:params:grant-type:ciba&auth_req_id="
                                + authReqId),
                answer ->
                    answer.status() != 400 || !answer.body().contains("authorization_pending"));
    record(200, "POST " + p + "/oauth2/token/", token);
    Map<String, String> userInfo = new LinkedHashMap<>();
    userInfo.put("Authorization", "Bearer " + token.json().getString("access_token"));
    userInfo.put("Ocp-Apim-Subscription-Key", target.credentials(product).subscriptionKey());
    userInfo.put("X-Target-Environment", "sandbox");
    expect(
        200,
        "GET " + p + "/oauth2/v1_0/userinfo",
        HttpMethod.GET,
        p + "/oauth2/v1_0/userinfo",
        userInfo,
        null);
  }

  private void collection() {
    Product c = Product.COLLECTION;
    String paid = created(c, "/v1_0/requesttopay", party("payer", "10"));
    settled(c, "/v1_0/requesttopay/{}", paid);
    Map<String, String> notify = headers(c);
    notify.put("notificationMessage", "Delivered");
    expect(
        200,
        "POST /collection/v1_0/requesttopay/{}/deliverynotification",
        HttpMethod.POST,
        "/collection/v1_0/requesttopay/" + paid + "/deliverynotification",
        notify,
        new JsonObject().put("notificationMessage", "Delivered"));
    created(c, "/v1_0/requesttowithdraw", party("payer", "1"));
    settled(
        c,
        "/v1_0/requesttowithdraw/{}",
        created(c, "/v2_0/requesttowithdraw", party("payer", "1")));
    String invoice = created(c, "/v2_0/invoice", invoice(Parties.ORDINARY_MSISDN));
    settled(c, "/v2_0/invoice/{}", invoice);
    String unpaid =
        created(
            c,
            "/v2_0/invoice",
            invoice(SandboxNumbers.read().payment(Column.REQUEST_TO_PAY, "Ongoing").number()));
    Map<String, String> cancel = headers(c);
    cancel.put("X-Reference-Id", unpaid);
    expect(
        200,
        "DELETE /collection/v2_0/invoice/{}",
        HttpMethod.DELETE,
        "/collection/v2_0/invoice/" + unpaid,
        cancel,
        new JsonObject().put("externalId", "contract"));
    String payer = "4677" + (10_000_000 + Math.floorMod(UUID.randomUUID().hashCode(), 80_000_000));
    String approval =
        created(
            c,
            "/v2_0/preapproval",
            new JsonObject()
                .put("payer", new JsonObject().put("partyIdType", "MSISDN").put("partyId", payer))
                .put("payerCurrency", "EUR")
                .put("payerMessage", "contract")
                .put("validityTime", 3600));
    settled(c, "/v2_0/preapproval/{}", approval);
    expect(
        200,
        "GET /collection/v1_0/preapprovals/{}/{}",
        HttpMethod.GET,
        "/collection/v1_0/preapprovals/msisdn/" + payer,
        headers(c),
        null);
    expect(
        200,
        "DELETE /collection/v1_0/preapproval/{}",
        HttpMethod.DELETE,
        "/collection/v1_0/preapproval/" + approval,
        headers(c),
        null);
    String payment =
        created(
            c,
            "/v2_0/payment",
            new JsonObject()
                .put("externalTransactionId", "contract")
                .put("money", new JsonObject().put("amount", "1").put("currency", "EUR"))
                .put("customerReference", "contract")
                .put("serviceProviderUserName", "Electricity Inc."));
    settled(c, "/v2_0/payment/{}", payment);
  }

  private void disbursement() {
    Product d = Product.DISBURSEMENT;
    settled(d, "/v1_0/transfer/{}", created(d, "/v1_0/transfer", party("payee", "1")));
    created(d, "/v1_0/deposit", party("payee", "1"));
    settled(d, "/v1_0/deposit/{}", created(d, "/v2_0/deposit", party("payee", "1")));
    String paid = created(Product.COLLECTION, "/v1_0/requesttopay", party("payer", "4"));
    settled(Product.COLLECTION, "/v1_0/requesttopay/{}", paid);
    created(d, "/v1_0/refund", refund(paid));
    settled(d, "/v1_0/refund/{}", created(d, "/v2_0/refund", refund(paid)));
  }

  private void remittance() {
    Product r = Product.REMITTANCE;
    settled(r, "/v1_0/transfer/{}", created(r, "/v1_0/transfer", party("payee", "1")));
    settled(
        r,
        "/v2_0/cashtransfer/{}",
        created(
            r, "/v2_0/cashtransfer", party("payee", "1").put("payerIdentificationType", "PASS")));
  }

  private static JsonObject party(String field, String amount) {
    return new JsonObject()
        .put("amount", amount)
        .put("currency", "EUR")
        .put("externalId", "contract")
        .put(
            field,
            new JsonObject().put("partyIdType", "MSISDN").put("partyId", Parties.ORDINARY_MSISDN))
        .put("payerMessage", "contract")
        .put("payeeNote", "contract");
  }

  private static JsonObject invoice(String payer) {
    return new JsonObject()
        .put("externalId", "contract")
        .put("amount", "1")
        .put("currency", "EUR")
        .put("validityDuration", "3600")
        .put("intendedPayer", new JsonObject().put("partyIdType", "MSISDN").put("partyId", payer))
        .put(
            "payee",
            new JsonObject().put("partyIdType", "MSISDN").put("partyId", Parties.ORDINARY_MSISDN))
        .put("description", "contract");
  }

  private static JsonObject refund(String paid) {
    return new JsonObject()
        .put("amount", "1")
        .put("currency", "EUR")
        .put("externalId", "contract")
        .put("payerMessage", "contract")
        .put("payeeNote", "contract")
        .put("referenceIdToRefund", paid);
  }

  private Map<String, String> headers(Product product) {
    return new LinkedHashMap<>(target.raw().productHeaders(product, target.credentials(product)));
  }

  /** A creating POST under a fresh reference id, which must answer 202; returns the id. */
  private String created(Product product, String path, JsonObject body) {
    String ref = UUID.randomUUID().toString();
    Map<String, String> headers = headers(product);
    headers.put("X-Reference-Id", ref);
    expect(
        202,
        "POST " + product.pathPrefix() + path,
        HttpMethod.POST,
        product.pathPrefix() + path,
        headers,
        body);
    RawResponse again =
        target.raw().send(HttpMethod.POST, product.pathPrefix() + path, headers, body);
    assertThat(again.status())
        .as("the same reference id again on %s: %s", path, again.body())
        .isEqualTo(409);
    return ref;
  }

  /** Polls the status GET until it is final; it must end SUCCESSFUL. */
  private void settled(Product product, String template, String ref) {
    String path = product.pathPrefix() + template.replace("{}", ref);
    JsonObject body =
        Awaitility.await("final status of " + path)
            .atMost(target.settleDeadline().plusSeconds(10))
            .pollInterval(Duration.ofMillis(target.isSimulator() ? 10 : 2000))
            .until(
                () -> {
                  RawResponse answer =
                      target.raw().send(HttpMethod.GET, path, headers(product), null);
                  assertThat(answer.status()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
                  String status = answer.json().getString("status");
                  return "PENDING".equals(status) || "CREATED".equals(status)
                      ? null
                      : answer.json();
                },
                Objects::nonNull);
    assertThat(body.getString("status"))
        .as("final status of %s: %s", path, body)
        .isEqualTo("SUCCESSFUL");
    String unknown = product.pathPrefix() + template.replace("{}", UUID.randomUUID().toString());
    RawResponse missing = target.raw().send(HttpMethod.GET, unknown, headers(product), null);
    assertThat(missing.status()).as("GET %s: %s", unknown, missing.body()).isEqualTo(404);
    called.add("GET " + product.pathPrefix() + template);
  }

  private RawResponse expect(
      int status,
      String operation,
      HttpMethod method,
      String path,
      Map<String, String> headers,
      JsonObject body) {
    return record(status, operation, target.raw().send(method, path, headers, body));
  }

  private RawResponse record(int status, String operation, RawResponse answer) {
    assertThat(answer.status()).as("%s: %s", operation, answer.body()).isEqualTo(status);
    called.add(operation);
    return answer;
  }

  private void schema(Product product, String schema, RawResponse answer) {
    assertThat(schemas.violations(product, schema, answer.json())).as(schema).isEmpty();
  }

  /** Every "METHOD /prefix/path" of the four definition files, parameters written {}. */
  private static Set<String> definedOperations() {
    Set<String> operations = new TreeSet<>();
    Map<String, String> prefixes =
        Map.of(
            "collection", "/collection",
            "disbursement", "/disbursement",
            "remittance", "/remittance",
            "sandbox-provisioning-api", "");
    prefixes.forEach(
        (file, prefix) -> {
          JsonObject spec = read(Path.of("..", "docs", "spec", "TJMusiitwa-" + file + ".json"));
          JsonObject paths = spec.getJsonObject("paths");
          for (String path : paths.fieldNames()) {
            for (String method : paths.getJsonObject(path).fieldNames()) {
              if (Set.of("get", "post", "put", "delete").contains(method)) {
                String operation =
                    method.toUpperCase() + " " + prefix + path.replaceAll("\\{[^}]*}", "{}");
                if (!STRAY.contains(operation)) {
                  operations.add(operation);
                }
              }
            }
          }
        });
    return operations;
  }

  private static JsonObject read(Path file) {
    try {
      return new JsonObject(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

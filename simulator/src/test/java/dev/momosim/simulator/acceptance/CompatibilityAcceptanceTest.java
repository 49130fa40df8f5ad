package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests exactly as existing clients send them (§14, build-notes "Existing MoMo clients"; issue 2
 * item 9): extra headers, no Accept header, GET bodies, token bodies, upper-case id types,
 * absolute-form request lines.
 */
@MomoSimulatorTest
class CompatibilityAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  CompatibilityAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  /** The headers the npm client's axios instance puts on every request, provisioning included. */
  private static HttpCall asNodeClientSends(HttpCall call) {
    return call.header("X-Target-Environment", "sandbox")
        .header("User-Agent", "axios/0.27.2")
        .header("Accept-Encoding", "gzip, compress, deflate, br")
        .header("Connection", "keep-alive");
  }

  @Test
  void provisionsAUserWhenTheClientAddsExtraHeaders() {
    String key = Product.COLLECTION.primaryKey;
    String id = SandboxSession.newReference();

    Reply user =
        asNodeClientSends(sim.createUserCall(key, id, "webhook.site"))
            .header("X-Request-Id", "abc")
            .header("Cache-Control", "no-cache")
            .send();
    Reply apiKey =
        asNodeClientSends(sim.createKeyCall(key, id)).header("X-Request-Id", "def").send();
    Reply read =
        asNodeClientSends(sim.get("/v1_0/apiuser/" + id).header("Ocp-Apim-Subscription-Key", key))
            .send();

    assertThat(user.status()).as("%s", user).isEqualTo(201);
    assertThat(apiKey.status()).as("%s", apiKey).isEqualTo(201);
    assertThat(read.status()).as("%s", read).isEqualTo(200);
  }

  @Test
  void createsAnApiKeyForAPostWithTheJsonBodyThePythonCliSends() {
    String id = SandboxSession.newReference();
    sim.createUserCall(Product.COLLECTION.primaryKey, id, "webhook.site").send();

    Reply reply = sim.createKeyCall(Product.COLLECTION.primaryKey, id).jsonText("{}").send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    assertThat(reply.json().getString("apiKey")).matches("[0-9a-f]{32}");
  }

  static Stream<Arguments> tokenBodies() {
    Function<HttpCall, HttpCall> emptyWithLength = c -> c.header("Content-Length", "0");
    Function<HttpCall, HttpCall> emptyJson = c -> c.jsonText("");
    Function<HttpCall, HttpCall> emptyObject = c -> c.jsonText("{}");
    Function<HttpCall, HttpCall> jsonNull = c -> c.jsonText("null");
    Function<HttpCall, HttpCall> grant = c -> c.jsonText("{\"grant_type\":\"client_credentials\"}");
    Function<HttpCall, HttpCall> grantScope =
        c -> c.jsonText("{\"grant_type\":\"client_credentials\",\"scope\":\"\"}");
    Function<HttpCall, HttpCall> form =
        c ->
            c.header("Content-Type", "application/x-www-form-urlencoded")
                .body("grant_type=client_credentials");
    Function<HttpCall, HttpCall> broken = c -> c.jsonText("{ broken");
    Function<HttpCall, HttpCall> textPlain =
        c -> c.header("Content-Type", "text/plain").body("anything");
    return Stream.of(Product.values())
        .flatMap(
            p ->
                Stream.of(
                    Arguments.of(p, "empty, Content-Length 0", emptyWithLength),
                    Arguments.of(p, "empty with JSON content type", emptyJson),
                    Arguments.of(p, "{}", emptyObject),
                    Arguments.of(p, "null", jsonNull),
                    Arguments.of(p, "{grant_type}", grant),
                    Arguments.of(p, "{grant_type, scope}", grantScope),
                    Arguments.of(p, "form grant_type", form),
                    Arguments.of(p, "malformed JSON", broken),
                    Arguments.of(p, "text body", textPlain)));
  }

  @ParameterizedTest(name = "{0} token with body: {1}")
  @MethodSource("tokenBodies")
  void issuesATokenWhateverBodyTheClientSends(
      Product product, String description, Function<HttpCall, HttpCall> withBody) {
    SandboxSession.ApiUser user = sim.provision(product);

    Reply reply = withBody.apply(sim.tokenCall(product, product.primaryKey, user.basic())).send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    String token = reply.json().getString("access_token");
    ProductApi api = new ProductApi(sim, product, product.primaryKey, token, user);
    assertThat(api.balance().status()).isEqualTo(200);
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void issuesATokenWhenTheClientAddsExtraHeaders(Product product) {
    SandboxSession.ApiUser user = sim.provision(product);

    Reply reply =
        asNodeClientSends(sim.tokenCall(product, product.primaryKey, user.basic()))
            .header("X-Reference-Id", SandboxSession.newReference())
            .header("Accept", "application/json, text/plain, */*")
            .send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
  }

  static Stream<Arguments> productGets() {
    return Stream.of(Product.values())
        .flatMap(
            p ->
                Stream.of(
                    Arguments.of(p, "/v1_0/account/balance"),
                    Arguments.of(p, "/v1_0/account/balance/EUR"),
                    Arguments.of(p, "/v1_0/accountholder/msisdn/256774290781/active"),
                    Arguments.of(p, "/v1_0/accountholder/MSISDN/256774290781/basicuserinfo")));
  }

  @ParameterizedTest(name = "GET /{0}{1}")
  @MethodSource("productGets")
  void ignoresTheJsonNullBodyPythonClientsSendOnGets(Product product, String path) {
    ProductApi api = sim.api(product);

    Reply reply = api.call(HttpMethod.GET, path).jsonText("null").send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
  }

  @ParameterizedTest(name = "GET /{0}{1}")
  @MethodSource("productGets")
  void answersWithAnAxiosAcceptHeaderAndWithoutAnyAcceptHeader(Product product, String path) {
    ProductApi api = sim.api(product);

    Reply without = api.call(HttpMethod.GET, path).without("Accept").send();
    Reply axios =
        api.call(HttpMethod.GET, path).header("Accept", "application/json, text/plain, */*").send();

    assertThat(without.status()).as("%s", without).isEqualTo(200);
    assertThat(axios.status()).as("%s", axios).isEqualTo(200);
    assertThat(without.header("Content-Type")).startsWith("application/json");
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void ignoresAGetBodyOnTheStatusEndpoint(Product product) {
    ProductApi api = sim.api(product);
    String ref = api.pay("10", "256774290781");

    Reply reply = api.statusCall(ref).jsonText("null").send();
    Reply withObject = api.statusCall(ref).jsonText("{\"amount\":\"99\"}").send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    assertThat(reply.json().getString("status")).isEqualTo("SUCCESSFUL");
    assertThat(withObject.json().getString("amount")).isEqualTo("10");
  }

  @Test
  void ignoresAGetBodyOnProvisioning() {
    String id = SandboxSession.newReference();
    sim.createUserCall(Product.COLLECTION.primaryKey, id, "webhook.site").send();

    Reply reply =
        sim.get("/v1_0/apiuser/" + id)
            .header("Ocp-Apim-Subscription-Key", Product.COLLECTION.primaryKey)
            .jsonText("null")
            .send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
  }

  @Test
  void answersTheNpmClientsUpperCaseAccountHolderPath() {
    ProductApi api = sim.api(Product.COLLECTION);
    String notActiveMsisdn = SandboxNumbers.read().accountHolder("NotActive").msisdn();

    Reply notActive =
        asNodeClientSends(
                api.call(
                    HttpMethod.GET, "/v1_0/accountholder/MSISDN/" + notActiveMsisdn + "/active"))
            .send();
    Reply active =
        asNodeClientSends(
                api.call(HttpMethod.GET, "/v1_0/accountholder/MSISDN/256774290781/active"))
            .send();

    assertThat(notActive.json()).isEqualTo(new JsonObject().put("result", false));
    assertThat(active.json()).isEqualTo(new JsonObject().put("result", true));
  }

  @Test
  void runsTheWholeNpmClientFlowWithItsHeaders() {
    Product p = Product.COLLECTION;
    String id = SandboxSession.newReference();
    asNodeClientSends(sim.createUserCall(p.primaryKey, id, SandboxSession.CALLBACK_HOST)).send();
    String apiKey =
        asNodeClientSends(sim.createKeyCall(p.primaryKey, id)).send().json().getString("apiKey");
    String token =
        asNodeClientSends(sim.tokenCall(p, p.primaryKey, SandboxSession.basic(id, apiKey)))
            .send()
            .json()
            .getString("access_token");
    ProductApi api =
        new ProductApi(sim, p, p.primaryKey, token, new SandboxSession.ApiUser(id, apiKey));
    String ref = SandboxSession.newReference();

    Reply created =
        asNodeClientSends(api.createCall(ref, Payments.of(p, "5", "256774290781"))).send();
    Reply status = asNodeClientSends(api.statusCall(ref)).send();

    Expect.accepted(created);
    assertThat(status.json().getString("status")).isEqualTo("SUCCESSFUL");
  }

  @Test
  void issuesATokenForAnAbsoluteFormRequestLine() {
    SandboxSession.ApiUser user = sim.provision(Product.COLLECTION);
    int port = sim.port();

    Reply reply =
        RawHttp.exchange(
            sim.vertx(),
            port,
            "POST http://127.0.0.1:"
                + port
                + "/collection/token/ HTTP/1.1\r\n"
                + "Host: 127.0.0.1:"
                + port
                + "\r\n"
                + "Authorization: "
                + user.basic()
                + "\r\n"
                + "Ocp-Apim-Subscription-Key: "
                + Product.COLLECTION.primaryKey
                + "\r\n"
                + "Content-Length: 0\r\n"
                + "Connection: close\r\n\r\n");

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    assertThat(reply.json().getString("token_type")).isEqualTo("access_token");
    assertThat(reply.json().getString("access_token")).isNotBlank();
  }

  @Test
  void answersAProductGetWithAnAbsoluteFormRequestLine() {
    ProductApi api = sim.api(Product.DISBURSEMENT);
    int port = sim.port();

    Reply reply =
        RawHttp.exchange(
            sim.vertx(),
            port,
            "GET http://127.0.0.1:"
                + port
                + "/disbursement/v1_0/account/balance HTTP/1.1\r\n"
                + "Host: 127.0.0.1:"
                + port
                + "\r\n"
                + "Authorization: Bearer "
                + api.token
                + "\r\n"
                + "Ocp-Apim-Subscription-Key: "
                + Product.DISBURSEMENT.primaryKey
                + "\r\n"
                + "X-Target-Environment: sandbox\r\n"
                + "Connection: close\r\n\r\n");

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    assertThat(reply.json().getString("availableBalance")).isEqualTo("1000000");
  }

  @Test
  void createsAPaymentWithAnAbsoluteFormRequestLine() {
    ProductApi api = sim.api(Product.COLLECTION);
    int port = sim.port();
    String ref = SandboxSession.newReference();
    String body = Payments.of(Product.COLLECTION, "4", "256774290781").encode();

    Reply reply =
        RawHttp.exchange(
            sim.vertx(),
            port,
            "POST http://127.0.0.1:"
                + port
                + "/collection/v1_0/requesttopay HTTP/1.1\r\n"
                + "Host: sandbox.momodeveloper.mtn.com\r\n"
                + "Authorization: Bearer "
                + api.token
                + "\r\n"
                + "Ocp-Apim-Subscription-Key: "
                + Product.COLLECTION.primaryKey
                + "\r\n"
                + "X-Target-Environment: sandbox\r\n"
                + "X-Reference-Id: "
                + ref
                + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: "
                + body.length()
                + "\r\n"
                + "Connection: close\r\n\r\n"
                + body);

    assertThat(reply.status()).as("%s", reply).isEqualTo(202);
    assertThat(api.statusOf(ref).getString("amount")).isEqualTo("4");
  }

  @Test
  void toleratesAContentTypeWithCharset() {
    ProductApi api = sim.api(Product.REMITTANCE);
    String ref = SandboxSession.newReference();

    Reply reply =
        api.createCall(ref, Payments.of(Product.REMITTANCE, "3", "256774290781"))
            .header("Content-Type", "application/json; charset=utf-8")
            .send();

    Expect.accepted(reply);
  }

  @Test
  void issuesATokenForABodylessPostWithoutContentLength() {
    SandboxSession.ApiUser user = sim.provision(Product.COLLECTION);
    int port = sim.port();

    Reply reply =
        RawHttp.exchange(
            sim.vertx(),
            port,
            "POST /collection/token/ HTTP/1.1\r\n"
                + "Host: 127.0.0.1:"
                + port
                + "\r\n"
                + "Authorization: "
                + user.basic()
                + "\r\n"
                + "Ocp-Apim-Subscription-Key: "
                + Product.COLLECTION.primaryKey
                + "\r\n"
                + "Connection: close\r\n\r\n");

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    assertThat(reply.json().getString("access_token")).isNotBlank();
  }
}

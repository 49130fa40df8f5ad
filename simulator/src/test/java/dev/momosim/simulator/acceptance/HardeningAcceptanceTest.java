package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Odd input found in review: each gets a clear JSON answer, and nothing secret is journalled. */
@MomoSimulatorTest
class HardeningAcceptanceTest {
  @AutoClose private final SandboxSession session;

  HardeningAcceptanceTest(MomoSimulator simulator) {
    session = new SandboxSession(simulator);
  }

  @Test
  void aMalformedEscapeInThePathIsAJson400() {
    Reply reply =
        RawHttp.exchange(
            session.vertx(),
            session.port(),
            "GET /collection/v1_0/requesttopay/%ZZ HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("code")).isEqualTo("BAD_REQUEST");
  }

  @Test
  void anHttp11RequestWithoutHostIsAJson400OnTheApiAndTheControlApi() {
    for (String path : new String[] {"/collection/v1_0/account/balance", "/_sim/health"}) {
      Reply reply =
          RawHttp.exchange(
              session.vertx(),
              session.port(),
              "GET " + path + " HTTP/1.1\r\nConnection: close\r\n\r\n");
      assertThat(reply.status()).as(path).isEqualTo(400);
      assertThat(reply.json().getString("code")).as(path).isEqualTo("BAD_REQUEST");
      assertThat(reply.json().getString("message")).as(path).contains("Host");
    }
  }

  @Test
  void aMalformedEscapeInTheQueryIsAJson400OnTheApiAndTheControlApi() {
    for (String target :
        new String[] {
          "/collection/v1_0/account/balance?x=%zz",
          "/_sim/transactions?limit=%zz",
          "/_sim/requests?limit=%zz"
        }) {
      Reply reply =
          RawHttp.exchange(
              session.vertx(),
              session.port(),
              "GET "
                  + target
                  + " HTTP/1.1\r\n"
                  + "Host: 127.0.0.1\r\nOcp-Apim-Subscription-Key: "
                  + Product.COLLECTION.primaryKey
                  + "\r\nConnection: close\r\n\r\n");
      assertThat(reply.status()).as(target).isEqualTo(400);
      assertThat(reply.json().getString("code")).as(target).isEqualTo("BAD_REQUEST");
      assertThat(reply.json().getString("message")).as(target).contains("query");
    }
  }

  @Test
  void requestsTheDecoderCannotReadGetJsonErrorsNotEmptyBodies() {
    Reply longLine =
        RawHttp.exchange(
            session.vertx(),
            session.port(),
            "GET /collection/v1_0/requesttopay/"
                + "a".repeat(10_000)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    Reply bigHeaders =
        RawHttp.exchange(
            session.vertx(),
            session.port(),
            "GET /collection/v1_0/account/balance HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nX-Callback-Url: http://localhost/"
                + "a".repeat(10_000)
                + "\r\n\r\n");
    Reply notHttp = RawHttp.exchange(session.vertx(), session.port(), "HELLO THERE\r\n\r\n");

    assertThat(longLine.status()).isEqualTo(414);
    assertThat(longLine.json().getString("code")).isEqualTo("URI_TOO_LONG");
    assertThat(bigHeaders.status()).isEqualTo(431);
    assertThat(bigHeaders.json().getString("code")).isEqualTo("HEADERS_TOO_LARGE");
    assertThat(notHttp.status()).isEqualTo(400);
    assertThat(notHttp.json().getString("code")).isEqualTo("BAD_REQUEST");
  }

  @Test
  void aLargeFormBodyOnTheTokenEndpointIsAcceptedAndAnOversizedOneIs413() {
    SandboxSession.ApiUser user = session.provision(Product.COLLECTION);
    Reply large =
        session
            .tokenCall(Product.COLLECTION, Product.COLLECTION.primaryKey, user.basic())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("grant_type=client_credentials&padding=" + "x".repeat(10_000))
            .send();
    assertThat(large.status()).as("%s", large).isEqualTo(200);

    Reply oversized =
        session
            .tokenCall(Product.COLLECTION, Product.COLLECTION.primaryKey, user.basic())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("padding=" + "x".repeat(70_000))
            .send();
    assertThat(oversized.status()).isEqualTo(413);
    assertThat(oversized.json().getString("code")).isEqualTo("REQUEST_TOO_LARGE");
  }

  @Test
  void credentialsInATokenBodyOrAnEncodedQueryKeyNeverReachTheJournal() {
    SandboxSession.ApiUser user = session.provision(Product.COLLECTION);
    session
        .tokenCall(Product.COLLECTION, Product.COLLECTION.primaryKey, user.basic())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials&client_secret=" + user.apiKey())
        .send();
    session
        .get("/collection/v1_0/account/balance?subscription%2Dkey=" + Product.COLLECTION.primaryKey)
        .send();

    String journal = session.get("/_sim/requests").send().json().encode();
    assertThat(journal).contains("/collection/token/", "subscription%2Dkey=***");
    assertThat(journal).doesNotContain(user.apiKey()).doesNotContain(Product.COLLECTION.primaryKey);
  }

  @Test
  void anAbsurdClockAdvanceIsRefused() {
    Reply refused = session.post("/_sim/clock/advance").jsonText("{\"seconds\": 1e300}").send();
    assertThat(refused.status()).isEqualTo(400);
    assertThat(session.get("/_sim/health").send().status()).isEqualTo(200);
  }

  /** With every disbursement waiting for a manual decision. */
  @Nested
  @MomoSimulatorTest(
      config =
          "{\"rules\": [{\"match\": {\"products\": [\"disbursement\"]}, \"outcome\": {\"manual\": true}}]}")
  class ManualDisbursements {
    @AutoClose private final SandboxSession session;

    ManualDisbursements(MomoSimulator simulator) {
      session = new SandboxSession(simulator);
    }

    @Test
    void theControlApiDecidesThePendingPaymentWhenTwoProductsShareAReferenceId() {
      String shared = SandboxSession.newReference();
      ProductApi collection = session.api(Product.COLLECTION);
      ProductApi disbursement = session.api(Product.DISBURSEMENT);
      Expect.accepted(
          collection.create(shared, Payments.of(Product.COLLECTION, "5", "256700000001")));
      Expect.accepted(
          disbursement.create(shared, Payments.of(Product.DISBURSEMENT, "5", "256700000001")));

      assertThat(await(session.control().approve(shared)).product()).isEqualTo("disbursement");
      assertThat(disbursement.statusOf(shared).getString("status")).isEqualTo("SUCCESSFUL");
    }
  }
}

package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.control.ConsentView;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Manual consent ({@code "consent": {"mode": "manual"}}): a consent request waits for the account
 * holder's answer from the control API, the client polls {@code authorization_pending} until then,
 * and the request expires on the simulator clock.
 */
@MomoSimulatorTest(config = "{\"consent\": {\"mode\": \"manual\"}}")
class ManualConsentAcceptanceTest {
  private static final String HOLDER = "256770000077";

  @AutoClose private final SandboxSession session;
  private ConsentApi consent;

  ManualConsentAcceptanceTest(MomoSimulator simulator) {
    session = new SandboxSession(simulator);
  }

  /** After the extension's reset, which forgets tokens. */
  @BeforeEach
  void provision() {
    consent = new ConsentApi(session.api(Product.COLLECTION));
  }

  @Test
  void theTokenRequestIsPendingUntilTheHolderApprovesOverTheControlApi() {
    String authReqId = consent.authorizeFor(HOLDER);
    assertThat(ConsentApi.oauthError(consent.redeem(authReqId))).isEqualTo("authorization_pending");
    assertThat(ConsentApi.oauthError(consent.redeem(authReqId))).isEqualTo("authorization_pending");

    Reply approved = session.post("/_sim/consents/" + authReqId + "/approve").send();

    assertThat(approved.status()).as("%s", approved).isEqualTo(200);
    assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
    assertThat(approved.json().getString("decidedBy")).isEqualTo("control");
    JsonObject token = consent.token(authReqId);
    assertThat(consent.userInfo(token.getString("access_token")).json().getString("phone_number"))
        .isEqualTo(HOLDER);
    assertThat(await(session.control().consents()).get(0).status()).isEqualTo("REDEEMED");
  }

  @Test
  void aRejectedConsentIsAccessDenied() {
    String authReqId = consent.authorizeFor(HOLDER);

    ConsentView rejected = await(session.control().rejectConsent(authReqId));

    assertThat(rejected.status()).isEqualTo("REJECTED");
    assertThat(ConsentApi.oauthError(consent.redeem(authReqId))).isEqualTo("access_denied");
  }

  @Test
  void theControlApiListsPendingRequestsByHolderAndRefusesASecondAnswer() {
    String mine = consent.authorizeFor(HOLDER);
    consent.authorizeFor("256770000078");

    JsonObject listed =
        session.get("/_sim/consents?msisdn=" + HOLDER + "&status=PENDING").send().json();

    assertThat(listed.getJsonArray("consents")).hasSize(1);
    JsonObject view = listed.getJsonArray("consents").getJsonObject(0);
    assertThat(view.getString("authReqId")).isEqualTo(mine);
    assertThat(view.getJsonObject("loginHint").getMap())
        .containsEntry("idType", "MSISDN")
        .containsEntry("id", HOLDER);
    assertThat(view.getString("product")).isEqualTo("collection");
    assertThat(session.post("/_sim/consents/" + mine + "/approve").send().status()).isEqualTo(200);
    Expect.momoError(
        session.post("/_sim/consents/" + mine + "/reject").send(), 409, "CONSENT_ALREADY_DECIDED");
    Expect.notFound(
        session.post("/_sim/consents/" + SandboxSession.newReference() + "/approve").send());
  }

  @Test
  void movingTheClockPastExpiresInGivesExpiredTokenAndTheRequestCanNoLongerBeApproved() {
    String authReqId = consent.authorizeFor(HOLDER);
    session.advance(Duration.ofSeconds(599));
    assertThat(ConsentApi.oauthError(consent.redeem(authReqId))).isEqualTo("authorization_pending");

    session.advance(Duration.ofSeconds(1));

    assertThat(ConsentApi.oauthError(consent.redeem(authReqId))).isEqualTo("expired_token");
    Expect.momoError(
        session.post("/_sim/consents/" + authReqId + "/approve").send(), 409, "CONSENT_EXPIRED");
    assertThat(await(session.control().consents()).get(0).status()).isEqualTo("EXPIRED");
  }

  @Test
  void anApprovedRequestNotRedeemedInTimeExpiresToo() {
    String authReqId = consent.authorizeFor(HOLDER);
    await(session.control().approveConsent(authReqId));

    session.advance(Duration.ofSeconds(600));

    assertThat(ConsentApi.oauthError(consent.redeem(authReqId))).isEqualTo("expired_token");
  }
}

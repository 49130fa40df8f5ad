package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, control API access on loopback with no admin token: only the simulator's own origin may
 * use {@code /_sim}. Cross-origin "simple" requests (text/plain, forms), foreign {@code Host}
 * headers (DNS rebinding) and cross-site fetches are refused and change nothing; the simulator's
 * own clients (no Origin, or its own) and the MoMo API work as before.
 */
@MomoSimulatorTest
class ControlOriginAcceptanceTest {
  private static final String EVIL = "http://evil.example";
  private static final String RULE =
      "{\"name\":\"evil\",\"match\":{\"partyId\":\"256770000099\"},\"outcome\":{\"status\":\"FAILED\"}}";

  private int port;

  @BeforeEach
  void find(MomoSimulator simulator) {
    port = simulator.port();
  }

  @Test
  void aCrossOriginTextPlainPostOfARuleIsRefusedAndAddsNoRule() {
    int before = ruleCount();

    Reply refused =
        Wire.request(port, "POST", "/_sim/rules")
            .header("Origin", EVIL)
            .header("Content-Type", "text/plain")
            .body(RULE)
            .send();

    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.json().getString("code")).isEqualTo("FORBIDDEN_ORIGIN");
    assertThat(ruleCount()).isEqualTo(before);
  }

  @Test
  void aTextPlainPostOfARuleIsRefusedEvenWithoutAnOrigin() {
    int before = ruleCount();

    Reply refused =
        Wire.request(port, "POST", "/_sim/rules")
            .header("Content-Type", "text/plain")
            .body(RULE)
            .send();

    assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
    assertThat(refused.json().getString("code")).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    assertThat(ruleCount()).isEqualTo(before);
  }

  @Test
  void aFormPostOfResetIsRefusedAndTheStateIsKept() {
    setManualApproval();

    Reply fromAnotherSite =
        Wire.request(port, "POST", "/_sim/reset")
            .header("Origin", EVIL)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("go=1")
            .send();
    Reply fromAnOldBrowser =
        Wire.request(port, "POST", "/_sim/reset")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("")
            .send();

    assertThat(fromAnotherSite.status()).as(fromAnotherSite.toString()).isEqualTo(403);
    assertThat(fromAnotherSite.json().getString("code")).isEqualTo("FORBIDDEN_ORIGIN");
    assertThat(fromAnOldBrowser.status()).as(fromAnOldBrowser.toString()).isEqualTo(415);
    assertThat(approvalMode()).as("reset did not happen").isEqualTo("MANUAL");
  }

  @Test
  void aForeignHostCannotReadTheJournalNorSetABalance() {
    String account = "/_sim/accounts/MSISDN:256770000001";
    String balanceBefore = balances().encode();

    Reply read =
        Wire.request(port, "GET", "/_sim/requests").header("Host", "evil.example:8080").send();
    Reply write =
        Wire.request(port, "PUT", account)
            .header("Host", "evil.example:8080")
            .json("{\"balance\":\"1\"}")
            .send();

    for (Reply reply : new Reply[] {read, write}) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
      assertThat(reply.json().getString("code")).isEqualTo("FORBIDDEN_HOST");
      assertThat(reply.json().getString("message")).contains("DNS rebinding");
      assertThat(reply.body()).doesNotContain("requests\"");
    }
    assertThat(balances().encode()).isEqualTo(balanceBefore);
  }

  @Test
  void aForeignHostReachesNeitherTheDashboardNorTheEventStreamNorTheRedirect() {
    for (String path :
        new String[] {
          "/",
          "/_sim/ui/",
          "/_sim/ui/phone/256770000001",
          "/_sim/events",
          "/_sim/health",
          "/%5Fsim/requests",
          "/_sim/../_sim/requests"
        }) {
      Reply reply = Wire.request(port, "GET", path).header("Host", "127.0.0.1.evil.example").send();

      assertThat(reply.status()).as(path + ": " + reply).isEqualTo(403);
      assertThat(reply.json().getString("code")).as(path).isEqualTo("FORBIDDEN_HOST");
    }
  }

  @Test
  void aCrossSiteFetchIsRefusedAndChangesNothing() {
    for (String site : new String[] {"cross-site", "same-site"}) {
      Reply refused =
          Wire.request(port, "POST", "/_sim/clock/freeze").header("Sec-Fetch-Site", site).send();

      assertThat(refused.status()).as(site + ": " + refused).isEqualTo(403);
      assertThat(refused.json().getString("code")).isEqualTo("FORBIDDEN_ORIGIN");
    }
    assertThat(clock().getBoolean("frozen")).isFalse();
  }

  @Test
  void anotherPortOnThisMachineIsAnotherOrigin() {
    Reply refused =
        Wire.request(port, "PUT", "/_sim/approval-mode")
            .header("Origin", "http://127.0.0.1:" + (port == 1 ? 2 : port - 1))
            .json("{\"mode\":\"MANUAL\"}")
            .send();

    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(approvalMode()).isEqualTo("AUTO");
  }

  @Test
  void theSimulatorsOwnOriginMayChangeStateUnderEveryLoopbackName() {
    for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port}) {
      Reply own =
          Wire.request(port, "PUT", "/_sim/approval-mode")
              .header("Host", host)
              .header("Origin", "http://" + host)
              .header("Sec-Fetch-Site", "same-origin")
              .json("{\"mode\":\"MANUAL\"}")
              .send();

      assertThat(own.status()).as(host + ": " + own).isEqualTo(200);
    }
    Reply typed = Wire.request(port, "POST", "/_sim/reset").header("Sec-Fetch-Site", "none").send();
    assertThat(typed.status()).as(typed.toString()).isEqualTo(200);
    Reply withoutPort =
        Wire.request(port, "GET", "/_sim/health").header("Host", "localhost").send();
    assertThat(withoutPort.status()).as(withoutPort.toString()).isEqualTo(200);
  }

  @Test
  void noCorsHeaderIsEverSent() {
    Reply preflight =
        Wire.request(port, "OPTIONS", "/_sim/rules")
            .header("Origin", EVIL)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .send();
    Reply read = Wire.request(port, "GET", "/_sim/rules").header("Origin", EVIL).send();

    for (Reply reply : new Reply[] {preflight, read}) {
      assertThat(reply.headers().names())
          .as(reply.toString())
          .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    }
  }

  @Test
  void theMomoApiIgnoresHostAndOrigin() {
    Reply reply =
        Wire.request(port, "GET", "/collection/v1_0/account/balance")
            .header("Host", "evil.example")
            .header("Origin", EVIL)
            .send();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
    assertThat(reply.json().getString("message")).contains("subscription key");
  }

  private int ruleCount() {
    return ok(Wire.request(port, "GET", "/_sim/rules").send()).getJsonArray("rules").size();
  }

  private String approvalMode() {
    return ok(Wire.request(port, "GET", "/_sim/approval-mode").send()).getString("mode");
  }

  private void setManualApproval() {
    ok(Wire.request(port, "PUT", "/_sim/approval-mode").json("{\"mode\":\"MANUAL\"}").send());
  }

  private JsonObject balances() {
    return ok(Wire.request(port, "GET", "/_sim/accounts").send());
  }

  private JsonObject clock() {
    return ok(Wire.request(port, "GET", "/_sim/clock").send());
  }

  private static JsonObject ok(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }
}

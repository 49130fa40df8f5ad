package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.control.HttpSimulatorControl;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import dev.momosim.simulator.junit5.SandboxCredentials;
import io.vertx.core.Vertx;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, control API access with the admin token: bound to every interface (the phone demo) a
 * simulator generates one and refuses control calls without it, the MoMo API stays open, the
 * dashboard link turns the token into a cookie that the dashboard and its event stream then use,
 * and the token appears in no journal, event or log line.
 */
class AdminTokenAcceptanceTest {
  static final String CONFIGURED = "configured-admin-token-0123456789";

  @Nested
  @MomoSimulatorTest(config = "{\"host\": \"0.0.0.0\"}")
  class OnEveryInterface {
    private int port;
    private String token;

    @BeforeEach
    void find(MomoSimulator simulator) {
      port = simulator.port();
      token = simulator.adminToken().orElseThrow();
    }

    @Test
    void generatesAnUnguessableUrlSafeToken(MomoSimulator simulator) {
      assertThat(simulator.adminTokenGenerated()).isTrue();
      assertThat(token).matches("[A-Za-z0-9_-]{43}"); // 256 random bits
    }

    @Test
    void refusesControlCallsWithoutTheRightToken() {
      for (Wire call :
          new Wire[] {
            Wire.request(port, "GET", "/_sim/requests"),
            Wire.request(port, "POST", "/_sim/reset"),
            Wire.request(port, "GET", "/_sim/ui/"),
            Wire.request(port, "GET", "/_sim/events"),
            Wire.request(port, "GET", "/_sim/requests").bearer(token + "x"),
            Wire.request(port, "GET", "/_sim/requests").bearer(token.substring(1)),
            Wire.request(port, "GET", "/_sim/requests").header("Authorization", "Basic " + token),
            Wire.request(port, "GET", "/_sim/requests").header("Cookie", "momo_sim_admin=wrong")
          }) {
        Reply refused = call.send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.json().getString("code")).isEqualTo("UNAUTHORIZED");
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(refused.body()).doesNotContain(token);
      }
    }

    @Test
    void acceptsTheTokenAsABearerHeader() {
      Reply changed =
          Wire.request(port, "PUT", "/_sim/approval-mode")
              .bearer(token)
              .json("{\"mode\":\"MANUAL\"}")
              .send();
      Reply read = Wire.request(port, "GET", "/_sim/approval-mode").bearer(token).send();

      assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
      assertThat(read.json().getString("mode")).isEqualTo("MANUAL");
    }

    @Test
    void stillRefusesAnotherOriginAndSimpleBodiesWithTheToken() {
      Reply otherOrigin =
          Wire.request(port, "POST", "/_sim/reset")
              .bearer(token)
              .header("Origin", "http://evil.example")
              .send();
      Reply textBody =
          Wire.request(port, "PUT", "/_sim/approval-mode")
              .bearer(token)
              .header("Content-Type", "text/plain")
              .body("{\"mode\":\"MANUAL\"}")
              .send();

      assertThat(otherOrigin.status()).as(otherOrigin.toString()).isEqualTo(403);
      assertThat(textBody.status()).as(textBody.toString()).isEqualTo(415);
    }

    @Test
    void leavesTheMomoApiAsOpenAsMtnsSandbox(SandboxCredentials credentials) {
      Reply provisioned =
          Wire.request(port, "POST", "/v1_0/apiuser")
              .header("X-Reference-Id", "0b5e5f0e-6a4c-4b0e-9d5e-4d7f5a0c2b11")
              .header("Ocp-Apim-Subscription-Key", credentials.collection().subscriptionKey())
              .json("{\"providerCallbackHost\":\"localhost\"}")
              .send();

      assertThat(provisioned.status()).as(provisioned.toString()).isEqualTo(201);
    }

    @Test
    void theDashboardLinkSetsTheCookieAndRedirectsWithoutTheToken() {
      Reply login = Wire.request(port, "GET", "/_sim/ui/?token=" + token).send();
      Reply phone =
          Wire.request(port, "GET", "/_sim/ui/phone/256770000001?lang=en&token=" + token).send();

      assertThat(login.status()).as(login.toString()).isEqualTo(303);
      assertThat(login.header("Location")).isEqualTo("/_sim/ui/");
      assertThat(phone.header("Location")).isEqualTo("/_sim/ui/phone/256770000001?lang=en");
      String cookie = login.header("Set-Cookie");
      assertThat(cookie)
          .startsWith("momo_sim_admin=" + token + ";")
          .containsIgnoringCase("; Path=/_sim")
          .containsIgnoringCase("; HTTPOnly")
          .containsIgnoringCase("; SameSite=Strict");
      assertThat(login.header("Cache-Control")).isEqualTo("no-store");

      String sent = "momo_sim_admin=" + token;
      Reply page = Wire.request(port, "GET", "/_sim/ui/").header("Cookie", sent).send();
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      assertThat(page.body()).contains("<title>momo-sim dashboard</title>");
      String events =
          Wire.request(port, "GET", "/_sim/events").header("Cookie", sent).stream(
              text -> text.contains("event: approval-mode"),
              () ->
                  assertThat(
                          Wire.request(port, "PUT", "/_sim/approval-mode")
                              .header("Cookie", sent)
                              .header("Origin", "http://127.0.0.1:" + port)
                              .header("Sec-Fetch-Site", "same-origin")
                              .json("{\"mode\":\"MANUAL\"}")
                              .send()
                              .status())
                      .isEqualTo(200));
      assertThat(events).startsWith("HTTP/1.1 200").doesNotContain(token);
    }

    @Test
    void aLinkFollowedFromAnotherSiteMovesOnByItselfSoTheStrictCookieIsSent() {
      Reply login =
          Wire.request(port, "GET", "/_sim/ui/?token=" + token)
              .header("Sec-Fetch-Site", "cross-site")
              .send();

      assertThat(login.status()).as(login.toString()).isEqualTo(200);
      assertThat(login.header("Set-Cookie")).startsWith("momo_sim_admin=" + token + ";");
      assertThat(login.body()).contains("url=/_sim/ui/\"").doesNotContain(token);
    }

    @Test
    void aWrongLinkSetsNoCookie() {
      Reply login = Wire.request(port, "GET", "/_sim/ui/?token=not-the-token-at-all").send();

      assertThat(login.status()).as(login.toString()).isEqualTo(401);
      assertThat(login.header("Set-Cookie")).isNull();
    }

    @Test
    void theInProcessControlOfTheExtensionNeedsNoToken(SimulatorControl control) {
      assertThat(await(control.setApprovalMode(ApprovalMode.MANUAL)))
          .isEqualTo(ApprovalMode.MANUAL);
    }
  }

  @Nested
  @MomoSimulatorTest(config = "{\"control\": {\"adminToken\": \"" + CONFIGURED + "\"}}")
  class WithAConfiguredToken {
    private CapturedLog log;

    @BeforeEach
    void captureLogs() {
      log = CapturedLog.start();
    }

    @AfterEach
    void stopCapturing() {
      log.close();
    }

    @Test
    void requiresItOnLoopbackToo(MomoSimulator simulator) {
      int port = simulator.port();

      assertThat(simulator.adminTokenGenerated()).isFalse();
      assertThat(Wire.request(port, "GET", "/_sim/clock").send().status()).isEqualTo(401);
      assertThat(Wire.request(port, "GET", "/_sim/clock").bearer(CONFIGURED).send().status())
          .isEqualTo(200);
    }

    @Test
    void letsAHealthProbeReadOnlyTheHealthWithoutIt(MomoSimulator simulator) {
      int port = simulator.port();

      assertThat(Wire.request(port, "GET", "/_sim/health").send().status()).isEqualTo(200);
      assertThat(Wire.request(port, "GET", "/_sim/health/x").send().status()).isEqualTo(401);
      assertThat(Wire.request(port, "GET", "/_sim/state").send().status()).isEqualTo(401);
      assertThat(Wire.request(port, "POST", "/_sim/health").json("{}").send().status())
          .isEqualTo(401);
    }

    @Test
    void theHttpControlClientSendsIt(MomoSimulator simulator) {
      Vertx vertx = Vertx.vertx();
      try (HttpSimulatorControl with =
              new HttpSimulatorControl(
                  vertx, simulator.baseUrl(), Duration.ofSeconds(10), CONFIGURED);
          HttpSimulatorControl without = new HttpSimulatorControl(vertx, simulator.baseUrl())) {
        assertThat(await(with.setApprovalMode(ApprovalMode.MANUAL))).isEqualTo(ApprovalMode.MANUAL);
        Throwable refused =
            await(without.approvalMode().map(m -> (Throwable) null).otherwise(e -> e));
        assertThat(refused).hasMessageContaining("admin token").hasMessageNotContaining(CONFIGURED);
      } finally {
        vertx.close();
      }
    }

    @Test
    void neverShowsItInTheJournalTheEventStreamTheLogOrToString(MomoSimulator simulator) {
      int port = simulator.port();
      String cookie = "momo_sim_admin=" + CONFIGURED;
      String events =
          Wire.request(port, "GET", "/_sim/events").bearer(CONFIGURED).stream(
              text -> text.contains("/collection/v1_0/account/balance"),
              () -> {
                Wire.request(port, "GET", "/_sim/ui/?token=" + CONFIGURED).send();
                Wire.request(port, "GET", "/_sim/ui/").header("Cookie", cookie).send();
                Wire.request(port, "GET", "/_sim/rules").bearer(CONFIGURED + "-wrong").send();
                Wire.request(port, "POST", "/_sim/reset").bearer(CONFIGURED).send();
                // Sent where it does not belong: the MoMo API journals these requests.
                Wire.request(port, "GET", "/ui/?token=" + CONFIGURED).send();
                Wire.request(port, "GET", "/collection/v1_0/account/balance?token=" + CONFIGURED)
                    .bearer(CONFIGURED)
                    .header("Cookie", cookie)
                    .send();
              });
      Reply journal = Wire.request(port, "GET", "/_sim/requests").bearer(CONFIGURED).send();
      Awaitility.await("the request log line")
          .atMost(SandboxSession.DEADLINE)
          .pollInterval(Duration.ofMillis(5))
          .untilAsserted(
              () ->
                  assertThat(log.lines())
                      .anyMatch(line -> line.contains("/collection/v1_0/account/balance")));

      assertThat(journal.body()).contains("/collection/v1_0/account/balance", "/ui/");
      assertThat(journal.body()).doesNotContain(CONFIGURED);
      assertThat(events).doesNotContain(CONFIGURED);
      assertThat(log.lines()).isNotEmpty().noneMatch(line -> line.contains(CONFIGURED));
      assertThat(simulator.config().toJson()).doesNotContain(CONFIGURED).contains("<redacted>");
      assertThat(simulator.config().settings().toString()).doesNotContain(CONFIGURED);
    }
  }

  private static <T> T await(io.vertx.core.Future<T> future) {
    return SandboxSession.await(future);
  }
}

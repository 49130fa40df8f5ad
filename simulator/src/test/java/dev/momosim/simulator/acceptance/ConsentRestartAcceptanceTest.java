package dev.momosim.simulator.acceptance;

import static dev.momosim.simulator.acceptance.SandboxSession.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consents are state (docs/api.md, "Consent and OAuth"): a consent request still pending, and an
 * oauth2 token already issued, outlive a restart on the same data directory.
 */
class ConsentRestartAcceptanceTest {
  private static final String HOLDER = "256770000042";

  @TempDir Path dataDir;

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void closeVertx() {
    await(vertx.close());
  }

  private MomoSimulator start() {
    return await(
        MomoSimulator.start(
            vertx,
            SimulatorConfig.fromJson("{\"consent\": {\"mode\": \"manual\"}}")
                .withPort(0)
                .withDataDir(dataDir)));
  }

  @Test
  void aPendingConsentAndAnIssuedTokenSurviveARestartOnTheSameDataDirectory() {
    SandboxSession.ApiUser user;
    String pending;
    String issued;
    MomoSimulator first = start();
    try (SandboxSession session = new SandboxSession(first)) {
      ConsentApi consent = new ConsentApi(session.api(Product.COLLECTION));
      user = consent.api.user;
      String done = consent.authorizeFor(HOLDER);
      await(session.control().approveConsent(done));
      issued = consent.token(done).getString("access_token");
      pending = consent.authorizeFor(HOLDER);
      assertThat(ConsentApi.oauthError(consent.redeem(pending))).isEqualTo("authorization_pending");
    } finally {
      await(first.close());
    }

    MomoSimulator second = start();
    try (SandboxSession session = new SandboxSession(second)) {
      ConsentApi consent = new ConsentApi(session.api(Product.COLLECTION, user));
      assertThat(ConsentApi.oauthError(consent.redeem(pending))).isEqualTo("authorization_pending");
      assertThat(consent.userInfo(issued).status()).isEqualTo(200);

      await(session.control().approveConsent(pending));
      JsonObject token = consent.token(pending);

      assertThat(consent.userInfo(token.getString("access_token")).json().getString("phone_number"))
          .isEqualTo(HOLDER);
    } finally {
      await(second.close());
    }
  }
}

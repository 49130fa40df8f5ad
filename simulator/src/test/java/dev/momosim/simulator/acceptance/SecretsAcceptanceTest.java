package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No token, API key or subscription key appears in the journals or in any log line. */
@MomoSimulatorTest
class SecretsAcceptanceTest {
  private CapturedLog log;
  private Level previousLevel;
  @AutoClose private final SandboxSession session;

  SecretsAcceptanceTest(MomoSimulator simulator) {
    session = new SandboxSession(simulator);
  }

  @BeforeEach
  void captureLogs() {
    // Everything the simulator itself logs, at every level; libraries at the level a user runs
    // with.
    Logger root = Logger.getLogger("");
    previousLevel = root.getLevel();
    root.setLevel(Level.INFO);
    log = CapturedLog.start();
  }

  @AfterEach
  void stopCapturing() {
    Logger root = Logger.getLogger("");
    log.close();
    root.setLevel(previousLevel);
  }

  private void awaitLogLine(String fragment) {
    Awaitility.await("a log line with " + fragment)
        .atMost(SandboxSession.DEADLINE)
        .pollInterval(Duration.ofMillis(5))
        .untilAsserted(() -> assertThat(log.lines()).anyMatch(line -> line.contains(fragment)));
  }

  @Test
  void journalsAndLogsNeverShowASecret() {
    SandboxSession.ApiUser user = session.provision(Product.COLLECTION);
    String token = session.token(Product.COLLECTION, user);
    ProductApi api = session.api(Product.COLLECTION, user);
    api.pay("10", "46733123451");
    session
        .tokenCall(
            Product.COLLECTION,
            Product.COLLECTION.primaryKey,
            SandboxSession.basic(user.id(), "wrong"))
        .send();
    session
        .get("/collection/v1_0/account/balance?subscription-key=" + Product.COLLECTION.primaryKey)
        .send();
    session
        .get("/collection/v1_0/account/balance")
        .header("Cookie", "session=cookie-secret-1")
        .header("Proxy-Authorization", "Basic proxy-secret-2")
        .send();

    String requests = session.get("/_sim/requests").send().json().encode();
    String callbacks = session.get("/_sim/callbacks").send().json().encode();
    String transactions = session.get("/_sim/transactions").send().json().encode();
    awaitLogLine("/collection/v1_0/account/balance"); // the request log writes on its own thread

    String logs = String.join("\n", log.lines());
    assertThat(requests)
        .as("the journal did record the flow")
        .contains("/collection/token/", "***");
    for (String secret :
        List.of(
            token,
            user.apiKey(),
            Product.COLLECTION.primaryKey,
            user.basic().substring("Basic ".length()),
            "cookie-secret-1",
            "proxy-secret-2")) {
      assertThat(requests).doesNotContain(secret);
      assertThat(callbacks).doesNotContain(secret);
      assertThat(transactions).doesNotContain(secret);
      assertThat(logs).doesNotContain(secret);
    }
  }
}

package dev.momosim.simulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The addresses of the dashboard and its files, over plain HTTP (no browser needed). */
@ExtendWith(VertxExtension.class)
class DashboardAddressesTest {
  private Sandbox sandbox;

  @BeforeEach
  void start(Vertx vertx) {
    sandbox = Sandbox.auto(vertx);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void redirectsTheRootAndTheBareUiPathToTheDashboard() {
    assertRedirectsToDashboard(sandbox.get("/"));
    assertRedirectsToDashboard(sandbox.get("/_sim/ui"));
  }

  @Test
  void servesTheDashboardAtTheUiPathWithATrailingSlash() {
    HttpResponse<Buffer> page = sandbox.get("/_sim/ui/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.getHeader("Content-Type")).startsWith("text/html");
    assertThat(page.bodyAsString()).contains("<title>momo-sim dashboard</title>");
  }

  @Test
  void servesThePayerPhoneOnItsOwnAddressPerMsisdn() {
    HttpResponse<Buffer> page = sandbox.get("/_sim/ui/phone/256770000001");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.bodyAsString()).contains("/_sim/ui/js/phone-page.js");
  }

  @Test
  void servesTheScriptsAndStylesFromTheJarWithNothingFetchedFromElsewhere() {
    for (String file :
        new String[] {
          "css/app.css",
          "js/dashboard.js",
          "js/phone-page.js",
          "js/live.js",
          "js/api.js",
          "js/phone.js",
          "js/dom.js",
          "js/explain.js"
        }) {
      HttpResponse<Buffer> response = sandbox.get("/_sim/ui/" + file);
      assertThat(response.statusCode()).as(file).isEqualTo(200);
      assertThat(response.bodyAsString())
          .as(file)
          .doesNotContain("https://")
          .doesNotContain("http://");
    }
  }

  private static void assertRedirectsToDashboard(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.getHeader("Location")).isEqualTo("/_sim/ui/");
  }
}

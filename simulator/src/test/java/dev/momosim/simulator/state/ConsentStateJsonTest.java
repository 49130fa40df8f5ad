package dev.momosim.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.momosim.simulator.app.port.StateImage;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import dev.momosim.simulator.domain.ConsentStatus;
import dev.momosim.simulator.domain.LoginHint;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Secrets;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Consent requests and grants in the state document (docs/state.md, docs/api.md, "Consent and
 * OAuth").
 */
class ConsentStateJsonTest {
  private static final Instant AT = Instant.parse("2026-12-05T10:15:30.123Z");
  private final StateJson json = new StateJson(new RuleFileParser(Map.<String, Long>of()::get));

  private static StateImage withConsents() {
    StateImage base = StateJsonTest.everyKindOfValue();
    LoginHint holder = new LoginHint("MSISDN", "46733123450");
    ConsentRequest pending =
        new ConsentRequest(
            "9b2b8f9e-0000-4000-8000-000000000001",
            Product.DISBURSEMENT,
            "user-2",
            holder,
            "all_info",
            "offline",
            86400,
            AT,
            AT.plusSeconds(600),
            ConsentStatus.PENDING,
            null,
            null);
    ConsentGrant grant =
        new ConsentGrant(
            "9b2b8f9e-0000-4000-8000-000000000002",
            Product.COLLECTION,
            "user-1",
            holder,
            "profile",
            Secrets.digest("access"),
            AT.plusSeconds(3600),
            null,
            null);
    return new StateImage(
        base.apiUsers(),
        base.tokens(),
        base.transactions(),
        base.accounts(),
        base.forgottenWallets(),
        base.rules(),
        base.approvalMode(),
        base.clock(),
        base.callbacks(),
        base.lastCallbackNumber(),
        List.of(pending, pending.decide(true, AT, "control").redeemed()),
        List.of(grant));
  }

  @Test
  void consentsAndGrantsReadBackEqualAndHoldOnlyDigests() {
    StateImage image = withConsents();

    byte[] written = json.write(image);
    StateImage read = json.read(written);

    assertThat(read.consents()).isEqualTo(image.consents());
    assertThat(read.consentGrants()).isEqualTo(image.consentGrants());
    assertThat(new String(written, StandardCharsets.UTF_8))
        .contains(Secrets.digest("access"))
        .doesNotContain("\"access\"");
  }

  @Test
  void aDocumentWrittenBeforeConsentsExistedReadsWithNone() throws Exception {
    ObjectNode document =
        (ObjectNode) StateJson.recordMapper().readTree(json.write(withConsents()));
    document.remove("consents");
    document.remove("consentGrants");

    StateImage read = json.read(StateJson.recordMapper().writeValueAsBytes(document));

    assertThat(read.consents()).isEmpty();
    assertThat(read.consentGrants()).isEmpty();
  }

  @Test
  void aConsentWithoutItsStatusIsRefusedNamingThePath() throws Exception {
    ObjectNode document =
        (ObjectNode) StateJson.recordMapper().readTree(json.write(withConsents()));
    ((ObjectNode) document.withArray("consents").get(0)).putNull("status");

    assertThatThrownBy(() -> json.read(StateJson.recordMapper().writeValueAsBytes(document)))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("consents[0]")
        .hasMessageContaining("status");
  }
}

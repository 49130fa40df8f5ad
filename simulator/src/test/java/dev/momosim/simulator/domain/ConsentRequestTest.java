package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsentRequestTest {
  private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
  private static final ApiUser USER = new ApiUser("user-1", "localhost", Product.COLLECTION, null);
  private static final BcAuthorizeRequest FORM =
      new BcAuthorizeRequest(new LoginHint("MSISDN", "46733123450"), "profile", "offline", null);

  private static ConsentRequest create(ConsentMode mode) {
    return ConsentRequest.create(
        "auth-1",
        Product.COLLECTION,
        USER,
        FORM,
        Duration.ofSeconds(600),
        Duration.ofDays(30),
        mode,
        NOW);
  }

  @Test
  void anAutomaticRequestIsApprovedAtOnceAndAManualOneWaits() {
    ConsentRequest automatic = create(ConsentMode.AUTOMATIC);
    ConsentRequest manual = create(ConsentMode.MANUAL);

    assertThat(automatic.status()).isEqualTo(ConsentStatus.APPROVED);
    assertThat(automatic.decidedBy()).isEqualTo(ConsentRequest.AUTOMATIC);
    assertThat(manual.status()).isEqualTo(ConsentStatus.PENDING);
    assertThat(manual.decidedAt()).isNull();
    assertThat(manual.expiresAt()).isEqualTo(NOW.plusSeconds(600));
    assertThat(manual.consentValidSeconds()).isEqualTo(Duration.ofDays(30).toSeconds());
  }

  @Test
  void expiresOnTheClockUnlessRedeemedOrRejected() {
    ConsentRequest pending = create(ConsentMode.MANUAL);
    Instant end = NOW.plusSeconds(600);

    assertThat(pending.expiredAt(end.minusMillis(1))).isFalse();
    assertThat(pending.shownStatus(end)).isEqualTo("EXPIRED");
    assertThat(pending.decide(false, NOW, "control").expiredAt(end)).isFalse();
    assertThat(create(ConsentMode.AUTOMATIC).redeemed().shownStatus(end)).isEqualTo("REDEEMED");
  }

  @Test
  void isDecidedOnceAndNotAfterItExpired() {
    ConsentRequest pending = create(ConsentMode.MANUAL);
    ConsentRequest approved = pending.decide(true, NOW.plusSeconds(1), "control");

    assertThat(approved.status()).isEqualTo(ConsentStatus.APPROVED);
    assertThat(approved.decidedAt()).isEqualTo(NOW.plusSeconds(1));
    assertThatThrownBy(() -> approved.decide(false, NOW, "control"))
        .isInstanceOfSatisfying(
            MomoException.class, e -> assertThat(e.code()).isEqualTo("CONSENT_ALREADY_DECIDED"));
    assertThatThrownBy(() -> pending.decide(true, NOW.plusSeconds(600), "control"))
        .isInstanceOfSatisfying(
            MomoException.class, e -> assertThat(e.code()).isEqualTo("CONSENT_EXPIRED"));
  }
}

package dev.momosim.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoAuthenticationException;
import dev.momosim.client.exception.MomoServerException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class RefusalTest {

  @Test
  void blamesTheShopForRefusedCredentialsWhateverTheCode() {
    assertThat(Refusal.of(new MomoAuthenticationException(500, "login_failed", "no", null)))
        .isEqualTo(new Refusal("FAILED", Refusal.SHOP_NOT_AUTHORISED));
    assertThat(Refusal.of(new MomoApiException(403, null, "Forbidden", null)))
        .isEqualTo(new Refusal("FAILED", Refusal.SHOP_NOT_AUTHORISED));
  }

  @Test
  void keepsMomosCodeForOtherRefusals() {
    assertThat(Refusal.of(new MomoServerException(500, "NOT_ALLOWED", "no", null)))
        .isEqualTo(new Refusal("FAILED", "NOT_ALLOWED"));
    assertThat(Refusal.of(new MomoApiException(418, null, "teapot", null)).code())
        .isEqualTo("UNKNOWN");
  }

  @Test
  void noAnswerIsUnknownWithoutACode() {
    Refusal refusal = Refusal.of(new ConnectException("refused"));

    assertThat(refusal).isEqualTo(new Refusal("UNKNOWN", null));
    assertThat(refusal.answered()).isFalse();
  }
}

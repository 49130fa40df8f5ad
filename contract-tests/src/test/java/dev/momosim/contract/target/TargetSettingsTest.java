package dev.momosim.contract.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetSettingsTest {

  @Test
  void severalCommaSeparatedBaseUrlsNameTheInstancesOfOneSharedSimulator() {
    TargetSettings settings =
        TargetSettings.from(
            property -> null,
            Map.of(
                    "MOMO_TARGET", "url",
                    "MOMO_BASE_URL",
                        " http://127.0.0.1:1/, http://127.0.0.1:2,http://127.0.0.1:3//")
                ::get);

    assertThat(settings.missing()).isEmpty();
    assertThat(settings.baseUrls())
        .containsExactly("http://127.0.0.1:1", "http://127.0.0.1:2", "http://127.0.0.1:3");
  }

  @Test
  void oneBaseUrlIsOneSimulator() {
    TargetSettings settings =
        TargetSettings.from(
            property -> null,
            Map.of("MOMO_TARGET", "url", "MOMO_BASE_URL", "http://127.0.0.1:8080/")::get);

    assertThat(settings.baseUrl()).isEqualTo("http://127.0.0.1:8080");
    assertThat(settings.baseUrls()).containsExactly("http://127.0.0.1:8080");
  }

  @Test
  void anEmbeddedTargetHasNoBaseUrls() {
    assertThat(TargetSettings.from(property -> null, variable -> null).baseUrls()).isEmpty();
  }
}

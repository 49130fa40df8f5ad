package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallbackMethodTest {
  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void putAndPostAreFixedWhateverTheVersion(ApiVersion version) {
    assertThat(CallbackMethod.PUT.httpMethodFor(version)).isEqualTo("PUT");
    assertThat(CallbackMethod.POST.httpMethodFor(version)).isEqualTo("POST");
  }

  @Test
  void byVersionPostsForV1AndPutsForV2() {
    assertThat(CallbackMethod.BY_VERSION.httpMethodFor(ApiVersion.V1_0)).isEqualTo("POST");
    assertThat(CallbackMethod.BY_VERSION.httpMethodFor(ApiVersion.V2_0)).isEqualTo("PUT");
  }

  @Test
  void parsesConfigValuesCaseInsensitively() {
    assertThat(CallbackMethod.parse("put")).isEqualTo(CallbackMethod.PUT);
    assertThat(CallbackMethod.parse("Post")).isEqualTo(CallbackMethod.POST);
    assertThat(CallbackMethod.parse("by-version")).isEqualTo(CallbackMethod.BY_VERSION);
    assertThat(CallbackMethod.parse("BY_VERSION")).isEqualTo(CallbackMethod.BY_VERSION);
    assertThatThrownBy(() -> CallbackMethod.parse("GET")).hasMessageContaining("callbacks.method");
  }
}

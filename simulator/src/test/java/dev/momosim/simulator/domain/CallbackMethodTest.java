package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallbackMethodTest {
  @ParameterizedTest
  @EnumSource(Operation.class)
  void putAndPostAreFixedWhateverTheOperation(Operation operation) {
    assertThat(CallbackMethod.PUT.httpMethodFor(operation)).isEqualTo("PUT");
    assertThat(CallbackMethod.POST.httpMethodFor(operation)).isEqualTo("POST");
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void byVersionPostsEveryCurrentOperationBecauseAllAreV1(Operation operation) {
    assertThat(OperationVersions.pathVersion(operation)).isEqualTo("v1_0");
    assertThat(CallbackMethod.BY_VERSION.httpMethodFor(operation)).isEqualTo("POST");
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

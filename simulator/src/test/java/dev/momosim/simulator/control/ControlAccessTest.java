package dev.momosim.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which bindings need the admin token, and which names count as this machine's loopback. */
class ControlAccessTest {
  @Test
  void loopbackNamesAreRecognisedFromTheTextAlone() {
    assertThat(ControlAccess.isLoopbackName("localhost")).isTrue();
    assertThat(ControlAccess.isLoopbackName("LOCALHOST")).isTrue();
    assertThat(ControlAccess.isLoopbackName("127.0.0.1")).isTrue();
    assertThat(ControlAccess.isLoopbackName("127.255.3.4")).isTrue();
    assertThat(ControlAccess.isLoopbackName("::1")).isTrue();
    assertThat(ControlAccess.isLoopbackName("[::1]")).isTrue();

    assertThat(ControlAccess.isLoopbackName(null)).isFalse();
    assertThat(ControlAccess.isLoopbackName("0.0.0.0")).isFalse();
    assertThat(ControlAccess.isLoopbackName("::")).isFalse();
    assertThat(ControlAccess.isLoopbackName("192.168.1.5")).isFalse();
    assertThat(ControlAccess.isLoopbackName("127.0.0.1.evil.example")).isFalse();
    assertThat(ControlAccess.isLoopbackName("localhost.evil.example")).isFalse();
    assertThat(ControlAccess.isLoopbackName("127.0.0.256")).isFalse();
    assertThat(ControlAccess.isLoopbackName("evil.example")).isFalse();
  }

  @Test
  void loopbackWithoutAConfiguredTokenNeedsNone() {
    ControlAccess access = ControlAccess.forBinding("127.0.0.1", null);

    assertThat(access.requiresToken()).isFalse();
    assertThat(access.token()).isEmpty();
  }

  @Test
  void beyondLoopbackATokenIsGeneratedEachTime() {
    ControlAccess first = ControlAccess.forBinding("0.0.0.0", null);
    ControlAccess second = ControlAccess.forBinding("192.168.1.5", null);

    assertThat(first.generated()).isTrue();
    assertThat(first.token().orElseThrow()).hasSizeGreaterThanOrEqualTo(22);
    assertThat(first.token()).isNotEqualTo(second.token());
    assertThat(first.toString()).doesNotContain(first.token().orElseThrow());
  }

  @Test
  void aConfiguredTokenIsRequiredEverywhereAndComparedExactly() {
    ControlAccess access = ControlAccess.forBinding("127.0.0.1", "configured-token-123");

    assertThat(access.generated()).isFalse();
    assertThat(access.accepts("configured-token-123")).isTrue();
    assertThat(access.accepts("configured-token-12")).isFalse();
    assertThat(access.accepts("configured-token-1234")).isFalse();
    assertThat(access.accepts(null)).isFalse();
    assertThat(access.toString()).doesNotContain("configured-token-123");
  }
}

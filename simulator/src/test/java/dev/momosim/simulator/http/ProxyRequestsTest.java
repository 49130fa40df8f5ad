package dev.momosim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProxyRequestsTest {
  @Test
  void readsTheHostOfAConnectTarget() {
    assertThat(ProxyRequests.connectHost("Sandbox.MomoDeveloper.mtn.com:443"))
        .isEqualTo("sandbox.momodeveloper.mtn.com");
    assertThat(ProxyRequests.connectHost("[::1]:8443")).isEqualTo("::1");
    assertThat(ProxyRequests.connectHost("no-port.example")).isNull();
    assertThat(ProxyRequests.connectHost("bad host:443")).isNull();
  }

  @Test
  void readsTheHostOfAnAbsoluteFormTargetOnly() {
    assertThat(ProxyRequests.absoluteFormHost("/collection/token/")).isNull();
    assertThat(ProxyRequests.absoluteFormHost("*")).isNull();
    assertThat(ProxyRequests.absoluteFormHost("https://sandbox.momodeveloper.mtn.com/v1_0/apiuser"))
        .isEqualTo("sandbox.momodeveloper.mtn.com");
    assertThat(ProxyRequests.absoluteFormHost("HTTP://Example.com:80/x")).isEqualTo("example.com");
    assertThat(ProxyRequests.absoluteFormHost("http://bad host/")).isEqualTo("");
  }
}

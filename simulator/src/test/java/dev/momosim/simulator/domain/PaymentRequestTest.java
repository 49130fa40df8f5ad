package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentRequestTest {
  private static PaymentRequest request(String currency, Party party) {
    return new PaymentRequest(
        Product.COLLECTION,
        Operation.REQUEST_TO_PAY,
        "7851efa2-ce71-4693-b283-4bc936dd157b",
        "c0111ec7-0000-4000-8000-000000000001",
        BigDecimal.TEN,
        currency,
        null,
        party,
        null,
        null,
        null);
  }

  /** A copy of a string, as a parsed request body brings it. */
  private static String copy(String text) {
    return new String(text.toCharArray());
  }

  @Test
  void keepsAnIsoCurrencyCodeAsOneSharedString() {
    PaymentRequest first = request(copy("EUR"), new Party("MSISDN", "256770000001"));
    PaymentRequest second = request(copy("EUR"), new Party("MSISDN", "256770000001"));

    assertThat(first.currency()).isEqualTo("EUR").isSameAs(second.currency());
  }

  @Test
  void keepsACurrencyThatIsNoIsoCodeAsSent() {
    String sent = copy("eur");

    assertThat(request(sent, new Party("MSISDN", "1")).currency()).isSameAs(sent);
  }

  @Test
  void keepsAPartyTypeSpelledAsMomoSpellsItAsOneSharedString() {
    assertThat(new Party(copy("MSISDN"), "1").type())
        .isSameAs(new Party(copy("MSISDN"), "2").type());
    assertThat(new Party(copy("PARTY_CODE"), "1").type()).isSameAs("PARTY_CODE");
  }

  @Test
  void keepsAPartyTypeInAnotherCaseAsSent() {
    String sent = copy("msisdn");

    assertThat(new Party(sent, "1").type()).isSameAs(sent);
  }
}

package dev.momosim.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.app.port.StateImage;
import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.behaviour.Rule;
import dev.momosim.simulator.behaviour.RuleBook;
import dev.momosim.simulator.behaviour.RuleFileParser;
import dev.momosim.simulator.behaviour.RuleUses;
import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.ApiVersion;
import dev.momosim.simulator.domain.CallbackAttempt;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.CallbackFault;
import dev.momosim.simulator.domain.CallbackOutcome;
import dev.momosim.simulator.domain.ClockState;
import dev.momosim.simulator.domain.Decision;
import dev.momosim.simulator.domain.ForgottenWallets;
import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.Party;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import dev.momosim.simulator.domain.Secrets;
import dev.momosim.simulator.domain.TokenGrant;
import dev.momosim.simulator.domain.Transaction;
import dev.momosim.simulator.domain.TransactionStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateJsonTest {
  private static final Instant AT = Instant.parse("2026-12-05T10:15:30.123Z");
  private static final RuleFileParser PARSER = new RuleFileParser(Map.<String, Long>of()::get);
  private final StateJson json = new StateJson(PARSER);

  /** An image using every kind of value the state holds, nulls included. */
  static StateImage everyKindOfValue() {
    PaymentRequest request =
        new PaymentRequest(
            Product.COLLECTION,
            Operation.REQUEST_TO_PAY,
            "0b0d2a49-5e6c-4a3f-9f57-000000000001",
            "user-1",
            new BigDecimal("1500.50"),
            "EUR",
            "order-1",
            new Party("MSISDN", "46733123450"),
            "pay please",
            null,
            "http://shop.example/cb");
    Transaction pending =
        new Transaction(
            request,
            AT,
            TransactionStatus.PENDING,
            null,
            null,
            new Decision(TransactionStatus.SUCCESSFUL, null, AT.plusSeconds(5)),
            AT.plusSeconds(300),
            null,
            "rule \"big\"",
            new CallbackFault(false, true, Duration.ofSeconds(3)),
            null);
    Transaction refunded =
        new Transaction(
            new PaymentRequest(
                Product.DISBURSEMENT,
                Operation.REFUND,
                "0b0d2a49-5e6c-4a3f-9f57-000000000002",
                "user-2",
                new BigDecimal("10"),
                "EUR",
                null,
                new Party("MSISDN", "46733123450"),
                null,
                "sorry",
                null,
                ApiVersion.V2_0,
                request.referenceId(),
                Map.of("originalAmount", "100")),
            AT,
            TransactionStatus.SUCCESSFUL,
            null,
            "1234567890",
            new Decision(TransactionStatus.SUCCESSFUL, null, AT),
            null,
            AT,
            "approval mode AUTO",
            CallbackFault.NONE,
            null,
            AT.plusSeconds(1),
            AT.plusSeconds(2));
    List<Rule> rules =
        PARSER
            .parse(
                """
                {"rules": [
                  {"name": "twice", "match": {"partyId": "4673312"}, "times": 2,
                   "outcome": {"status": "FAILED", "reason": "APPROVAL_REJECTED"}},
                  {"name": "always", "match": {"amountMin": 100},
                   "outcome": {"status": "SUCCESSFUL", "delaySeconds": 2.5}}]}
                """)
            .rules();
    return new StateImage(
        List.of(
            new ApiUser("user-1", "shop.example", Product.COLLECTION, Secrets.digest("key")),
            new ApiUser("user-2", "shop.example", Product.DISBURSEMENT, null)),
        List.of(new TokenGrant(Secrets.digest("token"), "user-1", Product.COLLECTION, AT)),
        List.of(pending, refunded),
        List.of(
            new AccountBalance("partner:collection", new BigDecimal("0"), new BigDecimal("10.25")),
            new AccountBalance(
                "MSISDN:46733123450", new BigDecimal("100"), new BigDecimal("89.75"))),
        new ForgottenWallets(3, new BigDecimal("-0.50")),
        new RuleUses(new RuleBook(7, rules), List.of(1, -1)),
        ApprovalMode.MANUAL,
        new ClockState(Duration.ofHours(2), AT),
        List.of(
            new CallbackDelivery(
                "cb-41",
                request.referenceId(),
                Product.COLLECTION,
                "http://shop.example/cb",
                "PUT",
                "{\"status\":\"SUCCESSFUL\"}",
                List.of(new CallbackAttempt(AT, 503, null, 12, true)),
                CallbackOutcome.PENDING,
                null)),
        41);
  }

  @Test
  void anImageReadsBackEqualToWhatWasWritten() {
    StateImage image = everyKindOfValue();

    StateImage read = json.read(json.write(image));

    assertThat(read.rules().remaining()).isEqualTo(image.rules().remaining());
    assertThat(read.rules().book().version()).isEqualTo(7);
    assertThat(read.rules().book().rules())
        .extracting(Rule::name, Rule::times)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("twice", 2),
            org.assertj.core.groups.Tuple.tuple("always", null));
    assertThat(read).usingRecursiveComparison().ignoringFields("rules").isEqualTo(image);
    assertThat(read.transactions()).isEqualTo(image.transactions());
    assertThat(read.accounts()).isEqualTo(image.accounts());
  }

  @Test
  void theDocumentIsReadableAndHoldsNoSecret() {
    String written = new String(json.write(everyKindOfValue()), StandardCharsets.UTF_8);

    assertThat(written)
        .contains("\"format\" : \"momo-sim-state\"")
        .contains("\"createdAt\" : \"2026-12-05T10:15:30.123Z\"")
        .contains("\"amount\" : 1500.50")
        .contains("\"offset\" : \"PT2H\"")
        .contains("\"remainingUses\" : 1")
        .doesNotContain("\"key\"")
        .doesNotContain("\"token\"");
  }

  @Test
  void aDocumentFromANewerSimulatorIsRefusedSayingSo() {
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"format\":\"momo-sim-state\",\"version\":2}"
                        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidStateException.class)
        .hasMessage(
            "written by a newer momo-sim (state version 2); this one reads version 1 and older");
  }

  @Test
  void whatIsNotAStateDocumentIsRefusedSayingWhy() {
    assertThatThrownBy(() -> json.read("{\"rules\":[]}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("not a momo-sim state document");
    assertThatThrownBy(() -> json.read("{\"format\":".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("not valid JSON");
  }

  @Test
  void aMissingOrUnknownOrNullKeyIsNamedByItsPath() {
    String valid = new String(json.write(everyKindOfValue()), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> read(valid.replace("\"currency\" : \"EUR\",", "")))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("transactions[0].request")
        .hasMessageContaining("currency");
    assertThatThrownBy(() -> read(valid.replace("\"currency\" : \"EUR\"", "\"currency\" : null")))
        .hasMessage("at transactions[0].request: currency must not be null");
    assertThatThrownBy(() -> read(valid.replace("\"opening\" : 0,", "\"opening\" : 0, \"x\": 1,")))
        .hasMessageContaining("accounts[0]")
        .hasMessageContaining("\"x\"");
    assertThatThrownBy(() -> read(valid.replace("\"status\" : \"PENDING\"", "\"status\" : \"NO\"")))
        .hasMessageContaining("transactions[0].status");
    assertThatThrownBy(() -> read(valid.replace("\"times\" : 2", "\"times\" : 0")))
        .hasMessageStartingWith("rules: ");
  }

  private StateImage read(String document) {
    return json.read(document.getBytes(StandardCharsets.UTF_8));
  }
}

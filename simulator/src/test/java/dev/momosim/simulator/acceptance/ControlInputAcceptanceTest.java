package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Control API input found loose in an audit: each is refused with a 400 naming what is wrong, and
 * nothing changes.
 */
@MomoSimulatorTest
class ControlInputAcceptanceTest {
  @AutoClose private final SandboxSession session;

  ControlInputAcceptanceTest(MomoSimulator simulator) {
    session = new SandboxSession(simulator);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1e400", "1E+20", "1.5e3", "1000000000000000", "0.0000001", "-5", "12,5", "lots"})
  void aBalanceInExponentNotationOrAbsurdlyLargeOrPreciseIsRefused(String balance) {
    JsonObject before = accounts();

    Reply refused =
        session
            .call(HttpMethod.PUT, "/_sim/accounts/PARTNER:disbursement")
            .json(new JsonObject().put("balance", balance))
            .send();

    assertThat(Expect.momoError(refused, 400, "BAD_REQUEST").getString("message"))
        .contains("balance")
        .contains("15 digits")
        .contains("6 after");
    assertThat(accounts()).isEqualTo(before);
  }

  @Test
  void aBalanceSentAsAJsonNumberInExponentNotationIsRefused() {
    Reply refused =
        session
            .call(HttpMethod.PUT, "/_sim/accounts/PARTNER:disbursement")
            .jsonText("{\"balance\": 1e20}")
            .send();

    Expect.momoError(refused, 400, "BAD_REQUEST");
  }

  @Test
  void aBalanceSentAsAPlainJsonNumberIsTakenAsWritten() {
    Reply accepted =
        session
            .call(HttpMethod.PUT, "/_sim/accounts/PARTNER:disbursement")
            .jsonText("{\"balance\": 12345678.5}")
            .send();

    assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
    assertThat(accounts().getJsonObject("PARTNER:disbursement").getString("balance"))
        .isEqualTo("12345678.5");
  }

  @Test
  void aPlainBalanceAtTheLimitsIsAccepted() {
    Reply accepted =
        session
            .call(HttpMethod.PUT, "/_sim/accounts/PARTNER:disbursement")
            .jsonText("{\"balance\": \"999999999999999.999999\"}")
            .send();

    assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
    assertThat(accounts().getJsonObject("PARTNER:disbursement").getString("balance"))
        .isEqualTo("999999999999999.999999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"amountMin", "amountMax", "amount"})
  void aRuleAmountInExponentNotationIsRefusedNamingTheRuleAndField(String field) {
    Reply refused =
        session
            .post("/_sim/rules")
            .jsonText(
                "{\"name\": \"huge\", \"match\": {\""
                    + field
                    + "\": \"1e1000000\"}, \"outcome\": {\"status\": \"FAILED\"}}")
            .send();

    assertThat(Expect.momoError(refused, 400, "BAD_REQUEST").getString("message"))
        .contains("huge")
        .contains(field);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"+1000000000-12-31T23:59:00Z", "1969-12-31T23:59:59Z", "+10000-01-01T00:00:00Z"})
  void setsTheClockOnlyToAnInstantFrom1970To9999(String instant) {
    session.freezeClock();
    JsonObject before = session.get("/_sim/clock").send().json();

    Reply refused =
        session.post("/_sim/clock/set").jsonText("{\"now\": \"" + instant + "\"}").send();

    assertThat(Expect.momoError(refused, 400, "BAD_REQUEST").getString("message"))
        .contains("1970-01-01T00:00:00Z")
        .contains("9999-12-31T23:59:59Z");
    assertThat(session.get("/_sim/clock").send().json()).isEqualTo(before);
    assertThat(session.api(Product.COLLECTION).balanceAmount()).isNotNull();
  }

  @Test
  void advancingTheClockPastTheYear9999IsRefusedAndTheClockStaysUsable() {
    session.freezeClock();
    Reply set =
        session.post("/_sim/clock/set").jsonText("{\"now\": \"9999-12-31T23:00:00Z\"}").send();
    assertThat(set.status()).as("%s", set).isEqualTo(200);

    Reply refused = session.post("/_sim/clock/advance").jsonText("{\"seconds\": 7200}").send();

    assertThat(Expect.momoError(refused, 400, "BAD_REQUEST").getString("message"))
        .contains("9999-12-31T23:59:59Z");
    assertThat(session.get("/_sim/clock").send().json().getString("now"))
        .isEqualTo("9999-12-31T23:00:00Z");
    assertThat(session.post("/_sim/clock/advance").jsonText("{\"seconds\": 60}").send().status())
        .isEqualTo(200);
    assertThat(session.get("/_sim/transactions").send().status()).isEqualTo(200);
    assertThat(session.api(Product.COLLECTION).balanceAmount()).isNotNull();
  }

  @Test
  void aRuleWithMisspelledKeysIsRefusedNamingTheRuleAndEveryUnknownKey() {
    int before = ruleCount();

    Reply refused =
        session
            .post("/_sim/rules")
            .jsonText(
                """
        {"rules": [{"match": {"partyID": "1"}, "outcome": {"staus": "FAILED", "reasn": "X"}, "tims": 2}]}""")
            .send();

    assertThat(Expect.momoError(refused, 400, "BAD_REQUEST").getString("message"))
        .contains("rule 1")
        .contains("tims")
        .contains("match.partyID")
        .contains("outcome.staus")
        .contains("outcome.reasn");
    assertThat(ruleCount()).isEqualTo(before);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\": \"empty range\", \"match\": {\"amountMin\": \"100\", \"amountMax\": \"10\"}, \"outcome\": {}}"
            + "| amountMin",
        "{\"name\": \"time travel\", \"outcome\": {\"httpFault\": {\"delayMillis\": -1}}}| httpFault.delayMillis",
        "{\"name\": \"odd fault\", \"outcome\": {\"httpFault\": {\"sttus\": 503}}}| outcome.httpFault.sttus",
        "{\"name\": \"odd callback\", \"outcome\": {\"callbackFault\": {\"dorp\": true}}}| outcome.callbackFault.dorp"
      })
  void aRuleThatCannotBeUsedIsRefusedNamingTheRuleAndField(String rule, String field) {
    int before = ruleCount();

    Reply refused = session.post("/_sim/rules").jsonText(rule).send();

    assertThat(Expect.momoError(refused, 400, "BAD_REQUEST").getString("message"))
        .contains(new JsonObject(rule).getString("name"))
        .contains(field);
    assertThat(ruleCount()).isEqualTo(before);
  }

  @Test
  void theRulesAsListedCanBePutBackUnchanged() {
    Reply listed = session.get("/_sim/rules").send();

    Reply replaced = session.call(HttpMethod.PUT, "/_sim/rules").jsonText(listed.body()).send();

    assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
    assertThat(replaced.json()).isEqualTo(listed.json());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/_sim/transactions?limit=-1| limit",
        "/_sim/transactions?limit=0| limit",
        "/_sim/transactions?limit=99999999999999| limit",
        "/_sim/transactions?limit=ten| limit",
        "/_sim/transactions?status=BOGUS| SUCCESSFUL",
        "/_sim/transactions?product=foo| disbursement",
        "/_sim/requests?limit=abc| limit",
        "/_sim/requests?limit=0| limit",
        "/_sim/requests?product=foo| provisioning"
      })
  void aControlQueryWithAValueItCannotUseIsRefusedNamingTheParameterAndTheAllowedValues(
      String path, String named) {
    Reply refused = session.get(path).send();

    String message = Expect.momoError(refused, 400, "BAD_REQUEST").getString("message");
    String parameter = path.substring(path.indexOf('?') + 1, path.indexOf('='));
    assertThat(message).contains(parameter).contains(named);
  }

  @Test
  void theQueryParametersListAsAsked() {
    ProductApi collection = session.api(Product.COLLECTION);
    collection.pay("10", "256700000001");
    collection.pay("10", "256700000002");

    assertThat(
            session
                .get("/_sim/transactions?limit=1&status=successful&product=COLLECTION")
                .send()
                .json()
                .getJsonArray("transactions"))
        .hasSize(1);
    assertThat(session.get("/_sim/requests?limit=2").send().json().getJsonArray("requests"))
        .hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BOGUS", "PARTNER:foo", "MSISDN:", "PARTNER:", ":1", "WALLET:1"})
  void setsOnlyThePartnerAndWalletAccountsTheLedgerKnows(String account) {
    JsonObject before = accounts();

    Reply refused =
        session
            .call(HttpMethod.PUT, "/_sim/accounts/" + account)
            .json(new JsonObject().put("balance", "10"))
            .send();

    assertThat(Expect.momoError(refused, 400, "BAD_REQUEST").getString("message"))
        .contains("PARTNER:disbursement")
        .contains("MSISDN:")
        .contains("EMAIL:")
        .contains("PARTY_CODE:");
    assertThat(accounts()).isEqualTo(before);
  }

  @Test
  void aWalletTypeIsCaseInsensitiveAndNamesTheSameAccountPaymentsUse() {
    Reply set =
        session
            .call(HttpMethod.PUT, "/_sim/accounts/msisdn:256700000001")
            .json(new JsonObject().put("balance", "7"))
            .send();

    assertThat(set.status()).as("%s", set).isEqualTo(200);
    assertThat(accounts().getJsonObject("MSISDN:256700000001").getString("balance")).isEqualTo("7");
    assertThat(accounts().containsKey("msisdn:256700000001")).isFalse();
  }

  private JsonObject accounts() {
    return session.get("/_sim/accounts").send().json().getJsonObject("accounts");
  }

  private int ruleCount() {
    return session.get("/_sim/rules").send().json().getJsonArray("rules").size();
  }
}

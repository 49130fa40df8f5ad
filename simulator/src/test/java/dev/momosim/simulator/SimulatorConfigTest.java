package dev.momosim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.domain.Product;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorConfigTest {
  @Test
  void theDefaultsAreTheDocumentedOnes() {
    SimulatorConfig config = SimulatorConfig.defaults();
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.subscriptionKeys(Product.COLLECTION))
        .containsExactly(
            DefaultSubscriptionKeys.COLLECTION_PRIMARY,
            DefaultSubscriptionKeys.COLLECTION_SECONDARY);
    assertThat(config.subscriptionKeys(Product.REMITTANCE))
        .containsExactly(
            DefaultSubscriptionKeys.REMITTANCE_PRIMARY,
            DefaultSubscriptionKeys.REMITTANCE_SECONDARY);
    assertThat(config.tokenLifetime()).isEqualTo(Duration.ofHours(1));
    assertThat(config.usersWorkOnEveryProduct()).isFalse();
    assertThat(config.partnerOpeningBalance(Product.COLLECTION)).isZero();
    assertThat(config.partnerOpeningBalance(Product.DISBURSEMENT)).isEqualByComparingTo("1000000");
    assertThat(config.approvalMode()).isEqualTo(ApprovalMode.AUTO);
    assertThat(config.approvalWindow()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.paymentSettings().invalidCurrencyStatus()).isEqualTo(500);
  }

  @Test
  void aConfigFileMergesOverTheDefaults() {
    SimulatorConfig config =
        SimulatorConfig.fromJson(
            """
        {"port": 9000, "ledger": {"wallets": {"46700000001": "10"}}, "apiUsers": {"scope": "any-product"}}""");
    assertThat(config.port()).isEqualTo(9000);
    assertThat(config.walletOpeningBalance("46700000001")).isEqualByComparingTo("10");
    assertThat(config.walletOpeningBalance("46700000002")).isEqualByComparingTo("1000000");
    assertThat(config.partnerOpeningBalance(Product.REMITTANCE)).isEqualByComparingTo("1000000");
    assertThat(config.usersWorkOnEveryProduct()).isTrue();
  }

  @Test
  void givenSubscriptionKeysReplaceTheDefaultsOfThatProductOnly() {
    SimulatorConfig config =
        SimulatorConfig.defaults()
            .withSubscriptionKey(Product.COLLECTION, "0f1e0000000000000000000000000000");
    assertThat(config.subscriptionKeys(Product.COLLECTION))
        .containsExactly("0f1e0000000000000000000000000000");
    assertThat(config.subscriptionKeys(Product.DISBURSEMENT)).hasSize(2);
  }

  @Test
  void aRulesFileReplacesTheSandboxTableAndInlineRulesComeFirst(@TempDir Path dir)
      throws Exception {
    Path rules = dir.resolve("rules.json");
    Files.writeString(
        rules,
        """
        {"rules": [{"name": "from file", "outcome": {"status": "FAILED", "reason": "NOT_ALLOWED"}}]}""");
    SimulatorConfig config =
        SimulatorConfig.fromJson(
            "{\"rulesFile\": \""
                + rules.toString().replace("\\", "\\\\")
                + "\", \"rules\": [{\"name\": \"inline\", \"match\": {\"partyId\": \"1\"}, \"outcome\": {\"manual\": true}}]}");
    assertThat(config.ruleSet().rules())
        .extracting(rule -> rule.name())
        .containsExactly("inline", "from file");
  }

  @Test
  void readsABalanceGivenAsAJsonNumberAsWritten() {
    SimulatorConfig config =
        SimulatorConfig.fromJson("{\"ledger\": {\"defaultWalletBalance\": 25000000.50}}");

    assertThat(config.walletOpeningBalance("256770000001")).isEqualByComparingTo("25000000.5");
  }

  @Test
  void refusesABalanceInExponentNotationOrTooLargeNamingTheSetting() {
    assertThatThrownBy(
            () ->
                SimulatorConfig.fromJson(
                    "{\"ledger\": {\"accounts\": {\"disbursement\": \"1e1000000\"}}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ledger.accounts.disbursement")
        .hasMessageContaining("no exponent");
    assertThatThrownBy(
            () -> SimulatorConfig.fromJson("{\"ledger\": {\"wallets\": {\"256700000001\": 1e20}}}"))
        .hasMessageContaining("ledger.wallets.256700000001");
    assertThatThrownBy(
            () -> SimulatorConfig.fromJson("{\"ledger\": {\"defaultWalletBalance\": \"-1\"}}"))
        .hasMessageContaining("ledger.defaultWalletBalance");
    assertThatThrownBy(
            () ->
                SimulatorConfig.fromJson("{\"ledger\": {\"defaultWalletBalance\": \"0.0000001\"}}"))
        .hasMessageContaining("ledger.defaultWalletBalance");
  }

  @Test
  void readsTheDefaultWalletBalanceOnce() {
    assertThat(
            SimulatorConfig.fromJson("{\"ledger\": {\"defaultWalletBalance\": 250.5}}")
                .walletOpeningBalance("256700000009"))
        .isEqualByComparingTo("250.5");
  }

  @Test
  void refusesSettingsItCannotUseNamingThem() {
    assertThatThrownBy(() -> SimulatorConfig.fromJson("{\"approval\": {\"mode\": \"maybe\"}}"))
        .hasMessageContaining("approval.mode");
    assertThatThrownBy(
            () ->
                SimulatorConfig.fromJson(
                    "{\"ledger\": {\"accounts\": {\"collection\": \"lots\"}}}"))
        .hasMessageContaining("ledger.accounts.collection");
    assertThatThrownBy(() -> SimulatorConfig.fromJson("{\"errors\": {\"reasonFormat\": \"xml\"}}"))
        .hasMessageContaining("errors.reasonFormat");
    assertThatThrownBy(() -> SimulatorConfig.fromJson("[1]")).hasMessageContaining("JSON object");
    assertThatThrownBy(
            () -> SimulatorConfig.fromJson("{\"rules\": [{\"outcome\": {\"staus\": \"FAILED\"}}]}"))
        .hasMessageContaining("rule 1")
        .hasMessageContaining("outcome.staus");
    assertThatThrownBy(
            () -> SimulatorConfig.fromJson("{\"rules\": [{\"outcome\": {\"status\": \"NOPE\"}}]}"))
        .hasMessageContaining("NOPE");
  }
}

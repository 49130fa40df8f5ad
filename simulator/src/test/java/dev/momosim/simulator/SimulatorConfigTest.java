package dev.momosim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.behaviour.ApprovalMode;
import dev.momosim.simulator.config.ConfigJson;
import dev.momosim.simulator.config.PresetUser;
import dev.momosim.simulator.domain.CallbackMethod;
import dev.momosim.simulator.domain.Product;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
  void eventLoopsDefaultToOnePerProcessorAndMayBeSet() {
    assertThat(SimulatorConfig.defaults().eventLoops())
        .isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(SimulatorConfig.defaults().withEventLoops(1).eventLoops()).isEqualTo(1);
    assertThat(SimulatorConfig.fromJson("{\"eventLoops\": 16}").eventLoops()).isEqualTo(16);
  }

  @Test
  void eventLoopsOutsideOneTo256AreRefusedByName() {
    assertThatThrownBy(() -> SimulatorConfig.defaults().withEventLoops(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eventLoops must be between 1 and 256, was 0");
    assertThatThrownBy(() -> SimulatorConfig.fromJson("{\"eventLoops\": 257}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventLoops must be between 1 and 256, was 257");
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"prot\": 8080}                                   | prot",
        "{\"callbacks\": {\"retrys\": 2}}                   | callbacks.retrys",
        "{\"ledger\": {\"accounts\": {\"savings\": \"1\"}}} | ledger.accounts.savings",
        "{\"subscriptionKeys\": {\"savings\": {\"primary\": \"k\"}}}    | subscriptionKeys.savings",
        "{\"subscriptionKeys\": {\"collection\": {\"primery\": \"k\"}}} | subscriptionKeys.collection.primery",
        "{\"apiUsers\": {\"preset\": [{\"id\": \"u\", \"apiKy\": \"k\", \"product\": \"collection\"}]}}"
            + " | apiUsers.preset[0].apiKy",
        "{\"journal\": {\"enabled\": true, \"capacty\": 5}}  | journal.capacty"
      })
  void refusesAnUnknownKeyAtAnyDepthNamingItsPath(String json, String path) {
    assertThatThrownBy(() -> SimulatorConfig.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown configuration key: " + path);
  }

  @Test
  void namesEveryUnknownKeyAtOnce() {
    assertThatThrownBy(
            () ->
                SimulatorConfig.fromJson(
                    "{\"logs\": {}, \"approval\": {\"mod\": \"MANUAL\"}, \"tokens\": {\"ttl\": 1}}"))
        .hasMessage("unknown configuration keys: approval.mod, logs, tokens.ttl");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"host\": \"\"}                              | host must not be empty",
        "{\"host\": 8080}                                | host must be text, was 8080",
        "{\"port\": 70000}                               | port must be between 0 and 65535, was 70000",
        "{\"port\": \"8080\"}                            | port must be a whole number, was 8080",
        "{\"subscriptionKeys\": {\"remittance\": null}}   | subscriptionKeys.remittance has no key",
        "{\"subscriptionKeys\": {\"remittance\": {}}}     | subscriptionKeys.remittance.primary must be set, was null",
        "{\"apiUsers\": {\"scope\": \"everyone\"}}        | apiUsers.scope must be product or any-product, was everyone",
        "{\"apiUsers\": {\"preset\": [{\"id\": \"u\", \"apiKey\": \"k\", \"product\": \"savings\"}]}}"
            + " | apiUsers.preset[0].product must be collection, disbursement or remittance, was savings",
        "{\"apiUsers\": {\"preset\": [{\"apiKey\": \"k\", \"product\": \"collection\"}]}}"
            + " | apiUsers.preset: id must be set, was null",
        "{\"targetEnvironments\": \"sandbox\"}            | targetEnvironments must be a JSON array, was sandbox",
        "{\"currency\": null}                            | currency must be set, was null",
        "{\"tokens\": {\"lifetimeSeconds\": 0}}           | tokens.lifetimeSeconds must be at least 1, was 0",
        "{\"errors\": {\"invalidCurrencyStatus\": 200}}   | errors.invalidCurrencyStatus must be between 400 and 599, was 200",
        "{\"errors\": {\"reasonFormat\": \"xml\"}}        | errors.reasonFormat must be string or object, was xml",
        "{\"sandbox\": {\"ongoingExpirySeconds\": -1}}    | sandbox.ongoingExpirySeconds must be at least 0, was -1",
        "{\"ledger\": {\"wallets\": []}}                  | ledger.wallets must be a JSON object, was []",
        "{\"approval\": {\"windowSeconds\": 1.5}}         | approval.windowSeconds must be a whole number, was 1.5",
        "{\"rulesFile\": 5}                              | rulesFile must be text, was 5",
        "{\"events\": {\"maxSubscribers\": 0}}           | events.maxSubscribers must be at least 1, was 0",
        "{\"events\": {\"subscriberBufferBytes\": 100}} | events.subscriberBufferBytes must be at least 1024, was 100",
        "{\"events\": {\"batchMillis\": -1}}           | events.batchMillis must be at least 0, was -1",
        "{\"events\": {\"batchMillis\": 5000}}         | events.batchMillis: at most 1000 (a second), not 5000",
        "{\"callbacks\": {\"method\": \"GET\"}}           | callbacks.method must be PUT, POST or BY_VERSION, was GET",
        "{\"journal\": {\"capacity\": 0}}                 | journal.capacity must be at least 1, was 0",
        "{\"journal\": {\"enabled\": \"yes\"}}            | journal.enabled must be true or false, was yes",
        "{\"limits\": {\"bodyBytes\": 0}}                 | limits.bodyBytes must be at least 1, was 0",
        "{\"retention\": {\"maxTransactions\": 0}}        | retention.maxTransactions must be at least 1, was 0",
        "{\"log\": null}                                 | log must be set, was null"
      })
  void refusesABadValueInEverySectionNamingItsPath(String json, String message) {
    assertThatThrownBy(() -> SimulatorConfig.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void aBadValueGivenInCodeIsRefusedWhenTheConfigIsMade() {
    assertThatThrownBy(() -> SimulatorConfig.defaults().withPort(70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be between 0 and 65535, was 70000");
    assertThatThrownBy(() -> SimulatorConfig.defaults().withHost(""))
        .hasMessage("host must not be empty");
  }

  @Test
  void theDefaultsAreThePackagedJsonBoundAndNothingElse() {
    SimulatorConfig defaults = SimulatorConfig.defaults();

    assertThat(defaults.settings()).isEqualTo(ConfigJson.bind(ConfigJson.packagedDefaults()));
    assertThat(defaults.toJson()).isEqualTo(ConfigJson.packagedDefaults().toPrettyString());
    assertThat(SimulatorConfig.fromJson("{}").settings()).isEqualTo(defaults.settings());
  }

  @Test
  void theTypedSectionsHoldTheDefaults() {
    SimulatorConfig config = SimulatorConfig.defaults();

    assertThat(config.journal().enabled()).isTrue();
    assertThat(config.journal().capacity()).isEqualTo(10_000);
    assertThat(config.callbacks().method()).isEqualTo(CallbackMethod.PUT);
    assertThat(config.callbacks().journalCapacity()).isEqualTo(1000);
    assertThat(config.presetUsers())
        .extracting(PresetUser::product)
        .containsExactly(Product.COLLECTION, Product.DISBURSEMENT, Product.REMITTANCE);
    assertThat(config.presetUsers().get(0).id())
        .as("read from the packaged default-config.json")
        .isEqualTo(ConfigJson.packagedDefaults().at("/apiUsers/preset/0/id").asText());
    assertThat(config.targetEnvironments()).containsExactly("sandbox");
    assertThat(config.bodyLimitBytes()).isEqualTo(65536);
    assertThat(config.retainedTransactions()).isEqualTo(100_000);
    assertThat(config.logsRequests()).isTrue();
    assertThat(config.reasonAsObject()).isFalse();
    assertThat(config.paymentSettings().currency()).isEqualTo("EUR");
    assertThat(config.paymentSettings().payerInsufficientFundsReason())
        .isEqualTo("NOT_ENOUGH_FUNDS");
  }

  @Test
  void objectsMergeKeyByKeyWhileArraysAndOtherValuesReplaceWhole() {
    SimulatorConfig config =
        SimulatorConfig.fromJson(
            """
        {"callbacks": {"retries": 2}, "targetEnvironments": ["mtnuganda"],
         "apiUsers": {"preset": [{"id": "u1", "apiKey": "k1", "product": "collection"}]}}""");

    assertThat(config.callbacks().retries()).isEqualTo(2);
    assertThat(config.callbacks().timeout()).isEqualTo(Duration.ofMillis(2000));
    assertThat(config.targetEnvironments()).containsExactly("mtnuganda");
    assertThat(config.presetUsers())
        .containsExactly(new PresetUser("u1", "k1", Product.COLLECTION, "localhost"));
    assertThat(config.usersWorkOnEveryProduct()).isFalse();
  }

  @Test
  void aProductsSubscriptionKeysReplaceBothDefaultKeysInAConfigFile() {
    SimulatorConfig config =
        SimulatorConfig.fromJson(
            "{\"subscriptionKeys\": {\"collection\": {\"secondary\": \"s\", \"primary\": \"p\"}}}");

    assertThat(config.subscriptionKeys(Product.COLLECTION)).containsExactly("p", "s");
    assertThat(config.subscriptionKeys(Product.DISBURSEMENT))
        .containsExactly(
            DefaultSubscriptionKeys.DISBURSEMENT_PRIMARY,
            DefaultSubscriptionKeys.DISBURSEMENT_SECONDARY);
    assertThatThrownBy(
            () ->
                SimulatorConfig.fromJson(
                    "{\"subscriptionKeys\": {\"collection\": {\"secondary\": \"s\"}}}"))
        .hasMessage("subscriptionKeys.collection.primary must be set, was null");
  }

  @Test
  void laterMergesWinAndTheEffectiveConfigurationShowsThem() {
    SimulatorConfig config =
        SimulatorConfig.fromJson("{\"tokens\": {\"lifetimeSeconds\": 60}}")
            .merge("{\"tokens\": {\"lifetimeSeconds\": 90}, \"rulesFile\": null}")
            .withApprovalMode(ApprovalMode.MANUAL);

    assertThat(config.tokenLifetime()).isEqualTo(Duration.ofSeconds(90));
    assertThat(config.approvalMode()).isEqualTo(ApprovalMode.MANUAL);
    assertThat(config.toJson())
        .contains("\"lifetimeSeconds\" : 90")
        .contains("\"mode\" : \"MANUAL\"")
        .contains("\"journalCapacity\" : 1000");
  }

  @Test
  void aRuleFileThatCannotBeUsedIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
    Path rules = Files.writeString(dir.resolve("rules.json"), "{\"rule\": []}");

    assertThatThrownBy(
            () ->
                SimulatorConfig.fromJson(
                    "{\"rulesFile\": \"" + rules.toString().replace("\\", "\\\\") + "\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rulesFile " + rules + ": unknown key rule");
  }
}

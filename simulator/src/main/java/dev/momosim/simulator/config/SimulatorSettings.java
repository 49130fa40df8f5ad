package dev.momosim.simulator.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.momosim.simulator.behaviour.RuleFormat.RuleSpec;
import dev.momosim.simulator.behaviour.RuleSpecReader;
import java.util.List;

/**
 * The whole configuration, typed: the packaged {@code default-config.json} with a user's file
 * merged over it, bound key by key (the README's configuration table). Each default lives in that
 * JSON file only; these records hold no fallbacks, and refuse a missing or unusable value by its
 * path at construction.
 *
 * @param host the address to listen on
 * @param port the port to listen on; 0 picks a free one
 * @param eventLoops how many event loops answer HTTP (one server each, sharing the port, over the
 *     one simulator); null: one per available processor
 * @param targetEnvironments the accepted {@code X-Target-Environment} values
 * @param currency the only currency payments and balances accept
 * @param rulesFile a rule file that replaces the sandbox test-number table, or null
 * @param rules rules placed before those of {@code rulesFile} (or the sandbox table)
 * @param events the live event stream's listener cap and buffer
 * @param control who may use the control API and the dashboard
 * @param storage where the state is kept
 * @param consent consent requests and their oauth2 tokens
 * @param tls HTTPS and the interception of MTN's hosts
 * @param tenants isolated simulators inside this one
 */
public record SimulatorSettings(
    String host,
    int port,
    Integer eventLoops,
    SubscriptionKeySettings subscriptionKeys,
    ApiUserSettings apiUsers,
    List<String> targetEnvironments,
    String currency,
    TokenSettings tokens,
    ErrorSettings errors,
    SandboxSettings sandbox,
    LedgerSettings ledger,
    ApprovalSettings approval,
    String rulesFile,
    @JsonDeserialize(using = RuleSpecReader.Rules.class) List<RuleSpec> rules,
    CallbackSettings callbacks,
    JournalSettings journal,
    LimitSettings limits,
    RetentionSettings retention,
    LogSettings log,
    EventSettings events,
    ControlSettings control,
    StorageSettings storage,
    ConsentSettings consent,
    TlsSettings tls,
    TenantSettings tenants) {

  /** The most event loops {@code eventLoops} may ask for. */
  public static final int MAX_EVENT_LOOPS = 256;

  public SimulatorSettings {
    Require.text(host, "host");
    Require.between(0, 65535, port, "port");
    if (eventLoops != null) {
      Require.between(1, MAX_EVENT_LOOPS, eventLoops, "eventLoops");
    }
    Require.present(subscriptionKeys, "subscriptionKeys");
    Require.present(apiUsers, "apiUsers");
    targetEnvironments = List.copyOf(Require.present(targetEnvironments, "targetEnvironments"));
    Require.text(currency, "currency");
    Require.present(tokens, "tokens");
    Require.present(errors, "errors");
    Require.present(sandbox, "sandbox");
    Require.present(ledger, "ledger");
    Require.present(approval, "approval");
    rules = List.copyOf(Require.present(rules, "rules"));
    Require.present(callbacks, "callbacks");
    Require.present(journal, "journal");
    Require.present(limits, "limits");
    Require.present(retention, "retention");
    Require.present(log, "log");
    Require.present(events, "events");
    Require.present(control, "control");
    Require.present(storage, "storage");
    Require.present(consent, "consent");
    Require.present(tls, "tls");
    Require.present(tenants, "tenants");
  }
}

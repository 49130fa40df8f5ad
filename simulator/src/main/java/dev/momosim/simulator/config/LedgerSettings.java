package dev.momosim.simulator.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.momosim.simulator.binding.AmountJson;
import dev.momosim.simulator.domain.Product;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Opening balances ({@code ledger}); amounts are text or JSON numbers, written plainly.
 *
 * @param accounts the products' partner accounts
 * @param defaultWalletBalance every payer and payee wallet not in {@code wallets}
 * @param wallets opening balances by party id
 * @param payerInsufficientFundsReason the reason a request-to-pay fails with when the payer's
 *     wallet is short
 */
public record LedgerSettings(
    PartnerAccounts accounts,
    @JsonDeserialize(using = AmountJson.Reader.class) BigDecimal defaultWalletBalance,
    @JsonDeserialize(contentUsing = AmountJson.Reader.class) Map<String, BigDecimal> wallets,
    String payerInsufficientFundsReason) {

  public LedgerSettings {
    Require.present(accounts, "ledger.accounts");
    Require.present(defaultWalletBalance, "ledger.defaultWalletBalance");
    wallets = Map.copyOf(Require.present(wallets, "ledger.wallets"));
    Require.text(payerInsufficientFundsReason, "ledger.payerInsufficientFundsReason");
  }

  /** The opening balance of a wallet, by party id. */
  public BigDecimal walletOpeningBalance(String partyId) {
    return wallets.getOrDefault(partyId, defaultWalletBalance);
  }

  /** The opening balances of the products' partner accounts ({@code ledger.accounts}). */
  public record PartnerAccounts(
      @JsonDeserialize(using = AmountJson.Reader.class) BigDecimal collection,
      @JsonDeserialize(using = AmountJson.Reader.class) BigDecimal disbursement,
      @JsonDeserialize(using = AmountJson.Reader.class) BigDecimal remittance) {

    public PartnerAccounts {
      Require.present(collection, "ledger.accounts.collection");
      Require.present(disbursement, "ledger.accounts.disbursement");
      Require.present(remittance, "ledger.accounts.remittance");
    }

    public BigDecimal of(Product product) {
      return switch (product) {
        case COLLECTION -> collection;
        case DISBURSEMENT -> disbursement;
        case REMITTANCE -> remittance;
      };
    }
  }
}

package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LedgerAccountsTest {
  @Test
  void namesAnAccountByPartnerProductOrWalletTypeInAnyCase() {
    assertThat(LedgerAccounts.accountKey("PARTNER:disbursement")).isEqualTo("PARTNER:disbursement");
    assertThat(LedgerAccounts.accountKey("partner:Remittance")).isEqualTo("PARTNER:remittance");
    assertThat(LedgerAccounts.accountKey("msisdn:256700000001")).isEqualTo("MSISDN:256700000001");
    assertThat(LedgerAccounts.accountKey("Party_Code:x:y")).isEqualTo("PARTY_CODE:x:y");
    assertThat(LedgerAccounts.accountKey("EMAIL:a@b.c"))
        .isEqualTo(new Party("email", "a@b.c").walletKey());
  }

  @Test
  void namesTheWalletPaymentsUseWhateverTheCaseOfItsType() {
    assertThat(LedgerAccounts.accountKey("msisdn:1"))
        .isEqualTo(new Party("MSISDN", "1").walletKey());
  }

  @Test
  void refusesAnAccountItCannotNameListingTheFormsItTakes() {
    for (String account :
        new String[] {
          "BOGUS", "PARTNER:foo", "MSISDN:", "MSISDN: ", "PARTNER:", ":1", "WALLET:1", "", null
        }) {
      assertThatThrownBy(() -> LedgerAccounts.accountKey(account))
          .as(account)
          .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(400))
          .hasMessageContaining("PARTNER:collection")
          .hasMessageContaining("MSISDN:<id>")
          .hasMessageContaining("EMAIL:<id>")
          .hasMessageContaining("PARTY_CODE:<id>");
    }
  }

  @Test
  void tellsThePartnerProductAndTheWalletPartyIdOfAKey() {
    for (Product product : Product.values()) {
      assertThat(LedgerAccounts.partnerProduct(LedgerAccounts.partnerAccount(product)))
          .contains(product);
    }
    assertThat(LedgerAccounts.partnerProduct("MSISDN:1")).isEmpty();
    assertThat(LedgerAccounts.walletPartyId("PARTY_CODE:x:y")).isEqualTo("x:y");
  }
}

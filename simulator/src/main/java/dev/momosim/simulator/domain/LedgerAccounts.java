package dev.momosim.simulator.domain;

import java.util.Locale;

/**
 * The names of ledger accounts: one partner account per product ({@code PARTNER:collection}) and
 * one wallet per party ({@code MSISDN:46733123450}, {@code EMAIL:...}, {@code PARTY_CODE:...}).
 */
public final class LedgerAccounts {
  private static final String PARTNER = "PARTNER:";

  private LedgerAccounts() {}

  public static String partnerAccount(Product product) {
    return PARTNER + product.pathName();
  }

  /** The product whose partner account this key names, if it names one. */
  public static java.util.Optional<Product> partnerProduct(String accountKey) {
    return accountKey.startsWith(PARTNER)
        ? Product.fromPathName(accountKey.substring(PARTNER.length()))
        : java.util.Optional.empty();
  }

  /** The party id of a wallet key: what follows the type. */
  public static String walletPartyId(String accountKey) {
    return accountKey.substring(accountKey.indexOf(':') + 1);
  }

  /**
   * The ledger key of an account a person names: {@code PARTNER:collection} (any product) or a
   * wallet such as {@code MSISDN:256770000001}, {@code EMAIL:...}, {@code PARTY_CODE:...}; the type
   * in any case.
   *
   * @throws MomoException 400 listing the accepted forms when it is none of them
   */
  public static String accountKey(String account) {
    int colon = account == null ? -1 : account.indexOf(':');
    if (colon > 0 && !account.substring(colon + 1).isBlank()) {
      String type = account.substring(0, colon).toUpperCase(Locale.ROOT);
      String id = account.substring(colon + 1);
      if ((type + ":").equals(PARTNER)) {
        return Product.fromPathName(id)
            .map(LedgerAccounts::partnerAccount)
            .orElseThrow(() -> unknownAccount(account));
      }
      if (Party.TYPES.contains(type)) {
        return new Party(type, id).walletKey();
      }
    }
    throw unknownAccount(account);
  }

  private static MomoException unknownAccount(String account) {
    StringBuilder forms = new StringBuilder();
    for (Product product : Product.values()) {
      forms.append(partnerAccount(product)).append(", ");
    }
    Party.TYPES.stream().sorted().forEach(type -> forms.append(type).append(":<id>, "));
    return MomoException.badRequest(
        "account must be one of "
            + forms.substring(0, forms.length() - 2)
            + " (the type in any case), was: "
            + account);
  }
}

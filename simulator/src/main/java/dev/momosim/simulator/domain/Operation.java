package dev.momosim.simulator.domain;

import java.util.Optional;

/**
 * An asynchronous creating operation: the name in its path, the status body's key for the party it
 * names, and which way its money moves. Several operations of a product share one reference-id
 * space: a reference id used by any of them is a 409 for all.
 */
public enum Operation {
  /** Collection: the payer pays the partner, after approving. */
  REQUEST_TO_PAY("requesttopay", "payer", MoneyDirection.PARTY_PAYS_PARTNER),
  /**
   * Collection: the payer withdraws (cash-out) from their wallet to the partner, after approving.
   */
  REQUEST_TO_WITHDRAW("requesttowithdraw", "payer", MoneyDirection.PARTY_PAYS_PARTNER),
  /** Disbursement and remittance: the partner pays the payee. */
  TRANSFER("transfer", "payee", MoneyDirection.PARTNER_PAYS_PARTY),
  /** Disbursement: the partner deposits into the payee's wallet. */
  DEPOSIT("deposit", "payee", MoneyDirection.PARTNER_PAYS_PARTY),
  /** Disbursement: the partner pays back (part of) a successful request-to-pay to its payer. */
  REFUND("refund", "payee", MoneyDirection.PARTNER_PAYS_PARTY),
  /** Remittance: the partner pays the payee an international cash transfer (with KYC fields). */
  CASH_TRANSFER("cashtransfer", "payee", MoneyDirection.PARTNER_PAYS_PARTY),
  /** Collection v2: the partner pays a service provider (a bill or airtime). */
  PAYMENT("payment", "payee", MoneyDirection.PARTNER_PAYS_PARTY),
  /** Collection v2: the intended payer pays the partner's invoice, after approving. */
  INVOICE("invoice", "intendedPayer", MoneyDirection.PARTY_PAYS_PARTNER),
  /** Collection v2: the payer approves future debits by the partner; no money moves. */
  PRE_APPROVAL("preapproval", "payer", MoneyDirection.NONE);

  /** Which way money moves when the operation succeeds. */
  public enum MoneyDirection {
    /** From the party's wallet to the product's partner account. */
    PARTY_PAYS_PARTNER,
    /** From the product's partner account to the party's wallet. */
    PARTNER_PAYS_PARTY,
    /** None: the operation only records a decision. */
    NONE
  }

  private final String pathName;
  private final String partyField;
  private final MoneyDirection direction;

  Operation(String pathName, String partyField, MoneyDirection direction) {
    this.pathName = pathName;
    this.partyField = partyField;
    this.direction = direction;
  }

  /** The path segment, e.g. {@code requesttopay}; also the name rules use. */
  public String pathName() {
    return pathName;
  }

  /** The status body's key for the counterparty: {@code payer} or {@code payee}. */
  public String partyField() {
    return partyField;
  }

  public MoneyDirection direction() {
    return direction;
  }

  public static Optional<Operation> fromPathName(String name) {
    for (Operation operation : values()) {
      if (operation.pathName.equalsIgnoreCase(name)) {
        return Optional.of(operation);
      }
    }
    return Optional.empty();
  }
}

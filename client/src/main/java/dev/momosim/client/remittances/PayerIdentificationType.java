package dev.momosim.client.remittances;

/** The payer's identification document in a cash transfer, as MTN's definition enumerates it. */
public enum PayerIdentificationType {
  /** Passport. */
  PASS,
  CPFA,
  SRSSA,
  /** National registration identity number. */
  NRIN,
  /** Other. */
  OTHR,
  /** Driving licence. */
  DRLC,
  /** Social security number. */
  SOCS,
  /** Alien registration. */
  AREG,
  /** Identity card. */
  IDCD,
  /** Employer id. */
  EMID
}

package dev.momosim.simulator.domain;

/** Who answers a consent request: nobody (it is approved at once) or a person. */
public enum ConsentMode {
  /** The account holder consents as soon as the request arrives. */
  AUTOMATIC,
  /** The request waits for approve or reject from the control API or the payer phone. */
  MANUAL
}

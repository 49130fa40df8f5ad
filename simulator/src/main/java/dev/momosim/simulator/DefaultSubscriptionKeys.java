package dev.momosim.simulator;

/**
 * The subscription keys a simulator accepts unless configured otherwise (documented in the README).
 */
public final class DefaultSubscriptionKeys {
  public static final String COLLECTION_PRIMARY = "0c011ec7000000000000000000000001";
  public static final String COLLECTION_SECONDARY = "0c011ec7000000000000000000000002";
  public static final String DISBURSEMENT_PRIMARY = "0d15b0e5000000000000000000000001";
  public static final String DISBURSEMENT_SECONDARY = "0d15b0e5000000000000000000000002";
  public static final String REMITTANCE_PRIMARY = "07e31770000000000000000000000001";
  public static final String REMITTANCE_SECONDARY = "07e31770000000000000000000000002";

  private DefaultSubscriptionKeys() {}
}

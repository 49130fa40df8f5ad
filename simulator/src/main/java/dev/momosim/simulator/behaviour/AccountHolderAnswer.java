package dev.momosim.simulator.behaviour;

/**
 * How the simulator answers account-holder lookups (/active, /basicuserinfo) for given ids: active
 * or not, or an error (status, MoMo code, message).
 */
public record AccountHolderAnswer(
    boolean active, int errorStatus, String errorCode, String errorMessage) {
  public static final AccountHolderAnswer ACTIVE = new AccountHolderAnswer(true, 0, null, null);

  public boolean isError() {
    return errorStatus > 0;
  }
}

package dev.momosim.simulator.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What wallet retention has forgotten: how many wallets went back to their opening balance, and
 * what they held beyond it then (their balance minus their opening balance, summed).
 */
public record ForgottenWallets(long wallets, BigDecimal net) {
  public static final ForgottenWallets NONE = new ForgottenWallets(0, BigDecimal.ZERO);

  public ForgottenWallets {
    Objects.requireNonNull(net, "net");
  }

  public ForgottenWallets plus(BigDecimal held) {
    return new ForgottenWallets(wallets + 1, net.add(held));
  }
}

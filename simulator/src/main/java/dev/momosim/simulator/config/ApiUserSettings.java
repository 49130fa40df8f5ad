package dev.momosim.simulator.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * API users ({@code apiUsers}).
 *
 * @param scope whether a user works on its own product only (MTN's measured behaviour) or on any
 * @param preset API users that exist from the start and survive a reset
 */
public record ApiUserSettings(Scope scope, List<PresetUser> preset) {
  public ApiUserSettings {
    Require.present(scope, "apiUsers.scope");
    preset = List.copyOf(Require.present(preset, "apiUsers.preset"));
  }

  /** The values of {@code apiUsers.scope}. */
  public enum Scope {
    @JsonProperty("product")
    PRODUCT,
    @JsonProperty("any-product")
    ANY_PRODUCT
  }
}

package dev.momosim.simulator.app;

import static dev.momosim.simulator.app.Completed.failure;
import static dev.momosim.simulator.app.Completed.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.app.port.ApiUserStore;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.MomoException;
import dev.momosim.simulator.domain.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisioningTest {
  private static final String USER = "9f1c2b7e-4a2d-4c1e-8b3a-5d6e7f809a1b";
  private static final String PRESET = Fixtures.PRESET_COLLECTION_USER.id();
  private static final String PRESET_KEY = Fixtures.PRESET_COLLECTION_USER.apiKey();

  private final ApiUserStore users = Fixtures.store().apiUsers();
  private final Provisioning provisioning =
      new Provisioning(users, List.of(Fixtures.PRESET_COLLECTION_USER));

  @Test
  void aNewKeyReplacesTheOldOne() {
    value(provisioning.createUser(USER, "localhost", Product.COLLECTION));
    String first = value(provisioning.issueKey(USER));

    String second = value(provisioning.issueKey(USER));

    assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
    assertThat(value(provisioning.authenticate(USER, first))).isEmpty();
    assertThat(value(provisioning.authenticate(USER, second))).isPresent();
  }

  @Test
  void aNewUserHasNoKeyUntilOneIsIssued() {
    value(provisioning.createUser(USER, "shop.example", Product.DISBURSEMENT));

    ApiUser user = value(provisioning.user(USER));

    assertThat(user.providerCallbackHost()).isEqualTo("shop.example");
    assertThat(user.product()).isEqualTo(Product.DISBURSEMENT);
    assertThat(user.apiKeyDigest()).isNull();
    assertThat(value(provisioning.authenticate(USER, null))).isEmpty();
    assertThat(value(provisioning.authenticate(USER, ""))).isEmpty();
  }

  @Test
  void refusesAWrongKeyOrAnUnknownUser() {
    value(provisioning.createUser(USER, "localhost", Product.COLLECTION));
    String key = value(provisioning.issueKey(USER));

    assertThat(value(provisioning.authenticate(USER, key.toUpperCase()))).isEmpty();
    assertThat(value(provisioning.authenticate(USER, null))).isEmpty();
    assertThat(value(provisioning.authenticate("someone-else", key))).isEmpty();
  }

  @Test
  void refusesATakenIdWith409() {
    value(provisioning.createUser(USER, "localhost", Product.COLLECTION));

    assertThat(failure(provisioning.createUser(USER, "other", Product.REMITTANCE)))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(409));
    assertThat(value(provisioning.user(USER)).providerCallbackHost()).isEqualTo("localhost");
  }

  @Test
  void aPresetUserKeepsItsDocumentedKeyWhenSomeoneAsksForANewOne() {
    value(provisioning.provisionPresets());

    assertThat(value(provisioning.issueKey(PRESET))).isEqualTo(PRESET_KEY);
    assertThat(value(provisioning.authenticate(PRESET, PRESET_KEY))).isPresent();
  }

  @Test
  void provisioningThePresetsAgainRestoresTheirKeys() {
    value(provisioning.provisionPresets());
    value(users.replaceKey(PRESET, "changed-behind-its-back"));

    value(provisioning.provisionPresets());

    assertThat(value(provisioning.authenticate(PRESET, PRESET_KEY))).isPresent();
  }

  @Test
  void forgetsPresetUsersWithTheOthersUntilThePresetsAreProvisionedAgain() {
    value(provisioning.provisionPresets());
    value(users.clear());

    assertThat(failure(provisioning.issueKey(PRESET)))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThat(value(provisioning.authenticate(PRESET, PRESET_KEY))).isEmpty();

    value(provisioning.provisionPresets());
    assertThat(value(provisioning.authenticate(PRESET, PRESET_KEY))).isPresent();
  }

  @Test
  void onlyAConfiguredPresetKeepsAFixedKey() {
    Provisioning withoutPresets = new Provisioning(users, List.of());
    value(withoutPresets.createUser(PRESET, "localhost", Product.COLLECTION));

    assertThat(value(withoutPresets.issueKey(PRESET))).isNotEqualTo(PRESET_KEY);
  }

  @Test
  void refusesAKeyForAnUnknownUser() {
    assertThat(failure(provisioning.issueKey(USER)))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThat(failure(provisioning.user(USER)))
        .isInstanceOfSatisfying(MomoException.class, e -> assertThat(e.status()).isEqualTo(404));
  }
}

package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiUsersTest {
  private static final String USER = "9f1c2b7e-4a2d-4c1e-8b3a-5d6e7f809a1b";
  private static final String PRESET = "c0111ec7-0000-4000-8000-000000000001";
  private static final String PRESET_KEY = "c011ec7a000000000000000000000001";

  private final ApiUsers users = new ApiUsers();

  @Test
  void aNewKeyReplacesTheOldOne() {
    users.create(USER, "localhost", Product.COLLECTION);
    String first = users.issueKey(USER);

    String second = users.issueKey(USER);

    assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
    assertThat(users.authenticate(USER, first)).isEmpty();
    assertThat(users.authenticate(USER, second)).isPresent();
  }

  @Test
  void aPresetUserKeepsItsDocumentedKeyWhenSomeoneAsksForANewOne() {
    users.create(PRESET, "localhost", Product.COLLECTION);
    users.fixKey(PRESET, PRESET_KEY);

    assertThat(users.issueKey(PRESET)).isEqualTo(PRESET_KEY);
    assertThat(users.authenticate(PRESET, PRESET_KEY)).isPresent();
  }

  @Test
  void forgetsFixedKeysWithTheUsers() {
    users.create(PRESET, "localhost", Product.COLLECTION);
    users.fixKey(PRESET, PRESET_KEY);
    users.clear();
    users.create(PRESET, "localhost", Product.COLLECTION);

    assertThat(users.issueKey(PRESET)).isNotEqualTo(PRESET_KEY);
  }

  @Test
  void refusesAKeyForAnUnknownUser() {
    assertThatThrownBy(() -> users.issueKey(USER))
        .isInstanceOf(MomoException.class)
        .extracting(failure -> ((MomoException) failure).status())
        .isEqualTo(404);
  }
}

package dev.momosim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceIdsTest {
  @Test
  void acceptsRandomUuidsInEitherCase() {
    for (int i = 0; i < 1000; i++) {
      String id = UUID.randomUUID().toString();
      assertThat(ReferenceIds.isUuidV4(id)).as(id).isTrue();
      assertThat(ReferenceIds.isUuidV4(id.toUpperCase())).as(id).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not-a-uuid",
        "c72025f5-5cd1-1630-99e4-8ba4722fad56",
        "c72025f5-5cd1-4630-c9e4-8ba4722fad56",
        "c72025f5-5cd1-4630-99e4-8ba4722fad5",
        "c72025f5-5cd1-4630-99e4-8ba4722fad566",
        "c72025f5x5cd1-4630-99e4-8ba4722fad56",
        "g72025f5-5cd1-4630-99e4-8ba4722fad56",
        "\u0661\u0662025f5-5cd1-4630-99e4-8ba4722fad5"
      })
  void refusesAnythingButAVersion4Uuid(String id) {
    assertThat(ReferenceIds.isUuidV4(id)).isFalse();
  }
}

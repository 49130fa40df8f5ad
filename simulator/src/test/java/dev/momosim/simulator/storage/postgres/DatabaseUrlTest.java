package dev.momosim.simulator.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.momosim.simulator.SimulatorConfig;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
  @Test
  void readsTheReactiveOptionsAndTheJdbcFormOfAPostgresqlUrl() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://momo:s3cret@db.example:6543/shared");

    assertThat(url.connectOptions().getHost()).isEqualTo("db.example");
    assertThat(url.connectOptions().getPort()).isEqualTo(6543);
    assertThat(url.connectOptions().getDatabase()).isEqualTo("shared");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/shared");
    assertThat(url.user()).isEqualTo("momo");
    assertThat(url.password()).isEqualTo("s3cret");
  }

  @Test
  void neverShowsThePassword() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://momo:s3cret@db.example:6543/shared");

    assertThat(url.toString()).isEqualTo("postgresql://momo@db.example:6543/shared");
    assertThat(url.toString()).doesNotContain("s3cret");
  }

  @Test
  void refusesAnotherSchemeSayingWhatIsExpectedWithoutThePassword() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://momo:s3cret@db/shared"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("postgresql://USER:PASSWORD@HOST:PORT/DATABASE")
        .hasMessageContaining("mysql://momo:***@db/shared")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void refusesAUrlWithoutADatabase() {
    assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://momo:s3cret@db.example:6543"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names no database")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void aDataDirectoryAndADatabaseCannotBothHoldTheState() {
    assertThatThrownBy(
            () ->
                SimulatorConfig.defaults()
                    .withDataDir(java.nio.file.Path.of("/tmp/momo-data"))
                    .withDatabaseUrl("postgresql://momo@127.0.0.1:5432/momo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("storage.dataDir and storage.databaseUrl");
  }
}

package dev.momosim.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionFilterTest {
  @Test
  void readsTheQueryOfTheTransactionListingInAnyCase() {
    assertThat(TransactionFilter.fromQuery("pending", "COLLECTION", "256700000001", "25"))
        .isEqualTo(new TransactionFilter("pending", "COLLECTION", "256700000001", 25));
    assertThat(TransactionFilter.fromQuery(null, null, null, null))
        .isEqualTo(TransactionFilter.ALL);
    assertThat(TransactionFilter.fromQuery(null, null, null, "1000").limit())
        .isEqualTo(TransactionFilter.MAX_LIMIT);
  }

  @Test
  void refusesAStatusItDoesNotKnowListingTheStatuses() {
    assertThatThrownBy(() -> TransactionFilter.fromQuery("BOGUS", null, null, null))
        .isInstanceOfSatisfying(ControlException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessage(
            "status must be one of CREATED, PENDING, SUCCESSFUL, FAILED (any case), was: BOGUS");
  }

  @Test
  void refusesAProductItDoesNotKnowListingTheProducts() {
    assertThatThrownBy(() -> new TransactionFilter(null, "foo", null, 10).checked())
        .isInstanceOfSatisfying(ControlException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessage(
            "product must be one of collection, disbursement, remittance (any case), was: foo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "0", "1001", "99999999999999", "ten", "", "1.5"})
  void refusesALimitThatIsNotAWholeNumberFromOneToTheMaximum(String limit) {
    assertThatThrownBy(() -> TransactionFilter.fromQuery(null, null, null, limit))
        .isInstanceOfSatisfying(ControlException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessage("limit must be a whole number from 1 to 1000, was: " + limit);
  }
}

package dev.momosim.simulator.behaviour;

import dev.momosim.simulator.domain.Operation;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.Product;
import java.math.BigDecimal;
import java.util.Set;

/**
 * What a rule applies to. Every condition that is set must hold; empty sets and nulls match
 * anything.
 *
 * @param partyIdTypes upper-case party id types (MSISDN, EMAIL, PARTY_CODE)
 * @param amountMin inclusive lower bound, or null
 * @param amountMax inclusive upper bound, or null
 */
public record Match(
    Set<Product> products,
    Set<Operation> operations,
    Set<String> partyIdTypes,
    PartyIdMatcher partyId,
    BigDecimal amountMin,
    BigDecimal amountMax,
    String currency,
    String externalId) {

  public static final Match ANYTHING =
      new Match(Set.of(), Set.of(), Set.of(), PartyIdMatcher.ANY, null, null, null, null);

  public boolean test(PaymentRequest request) {
    return (products.isEmpty() || products.contains(request.product()))
        && (operations.isEmpty() || operations.contains(request.operation()))
        && (partyIdTypes.isEmpty() || hasPartyIdType(request.party().type()))
        && partyId.matches(request.party().id())
        && (amountMin == null || request.amount().compareTo(amountMin) >= 0)
        && (amountMax == null || request.amount().compareTo(amountMax) <= 0)
        && (currency == null || currency.equals(request.currency()))
        && (externalId == null || externalId.equals(request.externalId()));
  }

  /** Case-insensitive without allocating: this runs for every rule on every creating request. */
  private boolean hasPartyIdType(String type) {
    for (String wanted : partyIdTypes) {
      if (wanted.equalsIgnoreCase(type)) {
        return true;
      }
    }
    return false;
  }
}

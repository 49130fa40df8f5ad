package dev.momosim.simulator.state;

import dev.momosim.simulator.domain.AccountBalance;
import dev.momosim.simulator.domain.ApiUser;
import dev.momosim.simulator.domain.CallbackDelivery;
import dev.momosim.simulator.domain.PaymentRequest;
import dev.momosim.simulator.domain.TokenGrant;
import dev.momosim.simulator.domain.Transaction;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The values a state document may not leave null: every key must be present (the reader checks
 * that), and these must also hold a value, or the simulator could not use the state.
 */
final class Required {
  private Required() {}

  /** Fails naming {@code path} when the value is null. */
  static void need(Object value, String path) {
    if (value == null) {
      throw new InvalidStateException("at " + path + ": must not be null");
    }
  }

  /** Checks each element of a list that must be present, with its index in the path. */
  static <T> void each(List<T> list, String path, BiConsumer<T, String> check) {
    need(list, path);
    for (int i = 0; i < list.size(); i++) {
      String at = path + "[" + i + "]";
      need(list.get(i), at);
      check.accept(list.get(i), at);
    }
  }

  static void apiUser(ApiUser user, String at) {
    need(user.id(), at + ".id");
    need(user.product(), at + ".product");
  }

  static void token(TokenGrant token, String at) {
    need(token.tokenDigest(), at + ".tokenDigest");
    need(token.apiUserId(), at + ".apiUserId");
    need(token.product(), at + ".product");
    need(token.expiresAt(), at + ".expiresAt");
  }

  static void account(AccountBalance account, String at) {
    need(account.account(), at + ".account");
    need(account.opening(), at + ".opening");
    need(account.balance(), at + ".balance");
  }

  static void transaction(Transaction transaction, String at) {
    PaymentRequest request = transaction.request();
    need(request, at + ".request");
    need(request.product(), at + ".request.product");
    need(request.operation(), at + ".request.operation");
    need(request.referenceId(), at + ".request.referenceId");
    need(request.amount(), at + ".request.amount");
    need(request.currency(), at + ".request.currency");
    need(request.party(), at + ".request.party");
    need(transaction.createdAt(), at + ".createdAt");
    need(transaction.status(), at + ".status");
    need(transaction.callbackFault(), at + ".callbackFault");
  }

  static void callback(CallbackDelivery delivery, String at) {
    need(delivery.id(), at + ".id");
    need(delivery.referenceId(), at + ".referenceId");
    need(delivery.product(), at + ".product");
    need(delivery.url(), at + ".url");
    need(delivery.method(), at + ".method");
    need(delivery.attempts(), at + ".attempts");
    need(delivery.outcome(), at + ".outcome");
  }
}

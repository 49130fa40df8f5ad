package dev.momosim.shop;

import dev.momosim.client.MomoClient;
import dev.momosim.client.collections.RequestToPay;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoConflictException;
import dev.momosim.client.model.CreateOptions;
import dev.momosim.client.model.Party;
import dev.momosim.client.model.Transaction;
import dev.momosim.client.model.Transfer;
import dev.momosim.client.product.ProductOperations;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The brief's Example 1, done right: store the order and its reference id, ask the customer to pay
 * (request-to-pay), wait for a final status, and only after SUCCESSFUL pay the seller 80% (a
 * transfer with its own stored reference id), awaited the same way. A second {@link #pay} with the
 * same order id joins the first instead of charging again; when the payment or the payout of the
 * finished order is UNKNOWN, it sends that request again under its stored reference id.
 * Thread-safe.
 */
final class Checkout {
  private static final Logger LOG = System.getLogger(Checkout.class.getName());

  private final MomoClient momo;
  private final OrderStore store;
  private final Settlement settlement;
  private final Supplier<String> callbackUrl;
  private final String currency;
  private final Map<String, Promise<Order>> running = new ConcurrentHashMap<>();

  Checkout(
      MomoClient momo,
      OrderStore store,
      Settlement settlement,
      Supplier<String> callbackUrl,
      String currency) {
    this.momo = momo;
    this.store = store;
    this.settlement = settlement;
    this.callbackUrl = callbackUrl;
    this.currency = currency;
  }

  /** The outcome of one {@link #pay}: the order as stored now, and when it is done. */
  record Started(Order now, Future<Order> done) {}

  /**
   * Starts (or joins) the order. Fails with {@link PayRequest.Invalid} when the order id was used
   * for a different order.
   */
  synchronized Started pay(PayRequest request) {
    Order fresh =
        new Order(
            request.orderId(),
            request.phone(),
            request.product(),
            request.qty(),
            currency,
            Leg.created(UUID.randomUUID().toString()),
            null,
            FriendlyMessages.SENDING,
            false);
    Order existing = store.insertIfNew(fresh);
    if (existing == null) {
      return start(fresh, this::collect);
    }
    if (!existing.sameRequest(request.phone(), request.product().id(), request.qty())) {
      throw new PayRequest.Invalid(
          409, "orderId", "orderId " + request.orderId() + " was used for a different order");
    }
    Promise<Order> inFlight = running.get(existing.orderId());
    if (inFlight != null) {
      return new Started(existing, inFlight.future());
    }
    if (existing.done() && "UNKNOWN".equals(existing.payment().status())) {
      // The first attempt never reached MoMo for sure: send it again under the same reference id.
      return start(store.update(existing.reopened()), this::collect);
    }
    if (existing.done()
        && existing.payout() != null
        && "UNKNOWN".equals(existing.payout().status())) {
      // The seller's payout got no final answer: send it again under its stored reference id (a
      // 409 then means the first transfer arrived, and the shop awaits that one).
      return start(store.update(existing.reopened()), this::payout);
    }
    return new Started(existing, Future.succeededFuture(existing));
  }

  /** A callback arrived for a payment or payout. */
  void callback(Transaction transaction) {
    settlement.callback(transaction);
  }

  /** Runs {@code step} (collect, or pay the seller) for the order and finishes it. */
  private Started start(Order order, Function<Order, Future<Void>> step) {
    Promise<Order> done = Promise.promise();
    running.put(order.orderId(), done);
    done.future().onComplete(finished -> running.remove(order.orderId()));
    step.apply(order)
        .onComplete(
            result -> {
              Order now = current(order);
              if (result.failed() || !now.done()) {
                LOG.log(Level.ERROR, "order " + order.orderId() + " stopped", result.cause());
                now =
                    store.update(
                        now.finished(
                            "Something went wrong in the shop. Please ask at the counter."));
              }
              LOG.log(Level.INFO, summary(now));
              done.complete(now);
            });
    return new Started(order, done.future());
  }

  private Future<Void> collect(Order order) {
    String ref = order.payment().referenceId();
    RequestToPay request =
        new RequestToPay(
            order.amount(),
            currency,
            order.orderId(),
            Party.msisdn(order.phone()),
            order.qty() + " x " + order.product().name(),
            "Shop order");
    return create(
            ref, momo.collections(), options -> momo.collections().requestToPay(request, options))
        .compose(
            settled -> {
              if (settled == null) {
                return Future.succeededFuture(); // already finished with a message
              }
              return paymentSettled(ref, settled);
            },
            failure -> {
              Order now = current(order);
              if (failure instanceof Settlement.WindowEnded) {
                store.update(
                    now.withPayment(now.payment().with("UNKNOWN", null), null)
                        .finished(FriendlyMessages.NO_ANSWER));
              }
              return Future.succeededFuture();
            });
  }

  private Future<Void> paymentSettled(String ref, Settlement.Settled settled) {
    Order now = store.byReferenceId(ref).orElseThrow();
    Transaction t = settled.transaction();
    if (!t.isSuccessful()) {
      String code = t.failure().map(f -> f.code()).orElse(null);
      store.update(
          now.withPayment(now.payment().settled("FAILED", code, settled.by()), null)
              .finished(FriendlyMessages.paymentFailed(code)));
      return Future.succeededFuture();
    }
    Order paid =
        store.update(
            now.withPayment(
                    now.payment().settled("SUCCESSFUL", null, settled.by()),
                    FriendlyMessages.PAYING_SELLER)
                .withPayout(
                    Leg.created(UUID.randomUUID().toString()), FriendlyMessages.PAYING_SELLER));
    return payout(paid);
  }

  private Future<Void> payout(Order order) {
    String ref = order.payout().referenceId();
    Transfer transfer =
        new Transfer(
            order.payoutAmount(),
            currency,
            order.orderId(),
            Party.msisdn(order.product().seller()),
            "Sale of " + order.qty() + " x " + order.product().name(),
            "80 percent of order " + order.orderId());
    return create(
            ref, momo.disbursements(), options -> momo.disbursements().transfer(transfer, options))
        .compose(
            settled -> {
              if (settled == null) {
                return Future.succeededFuture();
              }
              Order now = current(order);
              Transaction t = settled.transaction();
              String code = t.isSuccessful() ? null : t.failure().map(f -> f.code()).orElse(null);
              Leg leg =
                  now.payout()
                      .settled(t.isSuccessful() ? "SUCCESSFUL" : "FAILED", code, settled.by());
              store.update(
                  now.withPayout(leg, null)
                      .finished(
                          t.isSuccessful()
                              ? FriendlyMessages.ALL_DONE
                              : FriendlyMessages.payoutFailed(code)));
              return Future.succeededFuture();
            },
            failure -> {
              Order now = current(order);
              if (failure instanceof Settlement.WindowEnded) {
                store.update(
                    now.withPayout(now.payout().with("UNKNOWN", null), null)
                        .finished(FriendlyMessages.PAYOUT_NO_ANSWER));
              }
              return Future.succeededFuture();
            });
  }

  /**
   * Sends one creating POST under the stored reference id and waits for the final status. Completes
   * with {@code null} when the POST failed for good (the order is then finished with its message),
   * fails with {@link Settlement.WindowEnded} when no final status came in time.
   */
  private Future<Settlement.Settled> create(
      String ref, ProductOperations product, Function<CreateOptions, Future<String>> send) {
    Future<Settlement.Settled> settled = settlement.watch(ref, product);
    CreateOptions options =
        CreateOptions.defaults().withReferenceId(ref).withCallbackUrl(callbackUrl.get());
    return send.apply(options)
        .recover(
            failure ->
                failure instanceof MomoConflictException
                    // Our own earlier attempt under this id reached MoMo: await that one.
                    ? Future.succeededFuture(ref)
                    : Future.failedFuture(failure))
        .compose(
            accepted -> {
              accepted(ref);
              settlement.startPolling(ref);
              return settled;
            },
            failure -> {
              settlement.forget(ref);
              refused(ref, failure);
              return Future.succeededFuture(null);
            });
  }

  private void accepted(String ref) {
    Order now = store.byReferenceId(ref).orElseThrow();
    if (ref.equals(now.payment().referenceId())) {
      store.update(
          now.withPayment(now.payment().with("PENDING", null), FriendlyMessages.APPROVE_ON_PHONE));
    } else {
      store.update(
          now.withPayout(now.payout().with("PENDING", null), FriendlyMessages.PAYING_SELLER));
    }
  }

  /** The creating POST failed: refused by MoMo (FAILED with its code) or no answer (UNKNOWN). */
  private void refused(String ref, Throwable failure) {
    Order now = store.byReferenceId(ref).orElseThrow();
    boolean isPayment = ref.equals(now.payment().referenceId());
    Refusal refusal = Refusal.of(failure);
    boolean shopsFault = Refusal.SHOP_NOT_AUTHORISED.equals(refusal.code());
    LOG.log(
        shopsFault ? Level.ERROR : Level.WARNING,
        (isPayment ? "request-to-pay " : "transfer ")
            + ref
            + " not accepted: "
            + failure.getClass().getSimpleName()
            + (failure instanceof MomoApiException api
                ? " HTTP " + api.status() + (api.rawCode() == null ? "" : " " + api.rawCode())
                : "")
            + (shopsFault
                ? " (check the shop's MoMo subscription key, API user and API key)"
                : ""));
    if (isPayment) {
      store.update(
          now.withPayment(now.payment().with(refusal.status(), refusal.code()), null)
              .finished(
                  refusal.answered()
                      ? FriendlyMessages.paymentFailed(refusal.code())
                      : FriendlyMessages.UNREACHABLE));
    } else {
      store.update(
          now.withPayout(now.payout().with(refusal.status(), refusal.code()), null)
              .finished(
                  refusal.answered()
                      ? FriendlyMessages.payoutFailed(refusal.code())
                      : FriendlyMessages.PAYOUT_NO_ANSWER));
    }
  }

  /** One line per finished order: ids and statuses only. */
  private static String summary(Order order) {
    return "order "
        + order.orderId()
        + ": payment "
        + describe(order.payment())
        + (order.payout() == null ? "" : ", payout " + describe(order.payout()));
  }

  private static String describe(Leg leg) {
    return leg.referenceId()
        + " "
        + leg.status()
        + (leg.reason() == null ? "" : " " + leg.reason())
        + (leg.settledBy() == null ? "" : " (" + leg.settledBy() + ")");
  }

  private Order current(Order order) {
    return store.byOrderId(order.orderId()).orElseThrow();
  }
}

package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Issue 20, point 1: {@code requesttopay/{ref}/deliverynotification}, once per payment. */
@MomoSimulatorTest
class DeliveryNotificationAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  DeliveryNotificationAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  private static HttpCall notification(ProductApi api, String referenceId) {
    return api.call(HttpMethod.POST, "/v1_0/requesttopay/" + referenceId + "/deliverynotification");
  }

  @Test
  void aSuccessfulPaymentTakesOneNotificationAndARepeatIs429() {
    ProductApi collection = sim.api(Product.COLLECTION);
    String ref = collection.pay("5", "256771000001");

    Reply first =
        notification(collection, ref)
            .header("notificationMessage", "Your parcel is at the door")
            .header("Language", "en")
            .json(new JsonObject().put("notificationMessage", "Your parcel is at the door"))
            .send();
    Reply again = notification(collection, ref).header("notificationMessage", "Once more").send();

    assertThat(first.status()).as("%s", first).isEqualTo(200);
    assertThat(first.body()).isEmpty();
    assertThat(again.status()).as("%s", again).isEqualTo(429);
    assertThat(again.json().getString("message")).contains(ref);
  }

  @Test
  void theMessageMayComeInTheBodyAlone() {
    ProductApi collection = sim.api(Product.COLLECTION);
    String ref = collection.pay("5", "256771000001");

    Reply reply =
        notification(collection, ref)
            .json(new JsonObject().put("notificationMessage", "Delivered"))
            .send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
  }

  @Test
  void aMissingTooLongOrBadlyLocalisedMessageIsA400NamingIt() {
    ProductApi collection = sim.api(Product.COLLECTION);
    String ref = collection.pay("5", "256771000001");

    Reply missing = notification(collection, ref).send();
    Reply tooLong =
        notification(collection, ref).header("notificationMessage", "x".repeat(161)).send();
    Reply language =
        notification(collection, ref)
            .header("notificationMessage", "ok")
            .header("Language", "english")
            .send();

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().getString("message")).startsWith("notificationMessage is required");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().getString("message")).contains("at most 160");
    assertThat(language.status()).isEqualTo(400);
    assertThat(language.json().getString("message")).startsWith("Language");
  }

  @Test
  void anUnfinishedPaymentIs409AndAnUnknownOrAnotherUsersIs404() {
    ProductApi collection = sim.api(Product.COLLECTION);
    ProductApi otherUser = sim.api(Product.COLLECTION);
    String ongoing =
        collection.pay(
            "5", SandboxNumbers.read().payment(Column.REQUEST_TO_PAY, "Ongoing").number());
    String paid = collection.pay("5", "256771000001");

    Reply pending = notification(collection, ongoing).header("notificationMessage", "m").send();
    Reply unknown =
        notification(collection, SandboxSession.newReference())
            .header("notificationMessage", "m")
            .send();
    Reply notOwner = notification(otherUser, paid).header("notificationMessage", "m").send();

    assertThat(pending.status()).isEqualTo(409);
    assertThat(pending.json().getString("code")).isEqualTo("TRANSACTION_NOT_COMPLETED");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(notOwner.status()).isEqualTo(404);
  }

  @Test
  void aDisbursementTransferIsNotifiedUnderTheSamePathAsMtnsSdkSendsIt() {
    ProductApi disbursement = sim.api(Product.DISBURSEMENT);
    String ref = disbursement.pay("5", "256771000001");

    Reply reply = notification(disbursement, ref).header("notificationMessage", "Paid out").send();

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
  }

  /** With users that work on every product, as MTN's SDK suite assumes. */
  @Nested
  @MomoSimulatorTest(config = "{\"apiUsers\":{\"scope\":\"any-product\"}}")
  class AnyProductUsers {
    @AutoClose private final SandboxSession sim;

    AnyProductUsers(MomoSimulator simulator) {
      sim = new SandboxSession(simulator);
    }

    @Test
    void theCallersCollectionPaymentIsNotifiedUnderDisbursementAndRemittanceToo() {
      ProductApi collection = sim.api(Product.COLLECTION);
      ProductApi disbursement = sim.api(Product.DISBURSEMENT, collection.user);
      ProductApi remittance = sim.api(Product.REMITTANCE, collection.user);
      ProductApi stranger = sim.api(Product.DISBURSEMENT);
      String first = collection.pay("5", "256771000001");
      String second = collection.pay("5", "256771000002");

      Reply notOwner = notification(stranger, first).header("notificationMessage", "m").send();
      Reply viaDisbursement =
          notification(disbursement, first).header("notificationMessage", "m").send();
      Reply repeat = notification(collection, first).header("notificationMessage", "m").send();
      Reply viaRemittance =
          notification(remittance, second).header("notificationMessage", "m").send();

      assertThat(notOwner.status()).isEqualTo(404);
      assertThat(viaDisbursement.status()).as("%s", viaDisbursement).isEqualTo(200);
      assertThat(repeat.status()).isEqualTo(429);
      assertThat(viaRemittance.status()).as("%s", viaRemittance).isEqualTo(200);
    }
  }
}

package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.junit5.MomoSimulatorTest;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Account holders on all three products (§5 C10-C11, §6 D15-D16, §7 R11-R12) and the AccountHolder,
 * email and party-code rows of §13.2(b). The id type in the path matches case-insensitively.
 */
@MomoSimulatorTest
class AccountHolderAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  AccountHolderAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  /** type, id, HTTP status, error code (null: 200). */
  private static final Object[][] ERROR_ROWS = {
    {"msisdn", "46733123450", 404, "RESOURCE_NOT_FOUND"},
    {"msisdn", "46733123452", 500, "NOT_ALLOWED"},
    {"msisdn", "46733123453", 500, "NOT_ALLOWED_TARGET_ENVIRONMENT"},
    {"msisdn", "46733123454", 500, "INTERNAL_PROCESSING_ERROR"},
    {"msisdn", "46733123455", 503, "SERVICE_UNAVAILABLE"},
    {"email", "notfound@email.com", 404, "RESOURCE_NOT_FOUND"},
    {"email", "notallowed@email.com", 500, "NOT_ALLOWED"},
    {"email", "notallowedtargetenvironment@email.com", 500, "NOT_ALLOWED_TARGET_ENVIRONMENT"},
    {"email", "internalprocessingerror@email.com", 500, "INTERNAL_PROCESSING_ERROR"},
    {"email", "serviceunavailable@email.com", 503, "SERVICE_UNAVAILABLE"},
    {"party_code", "5cecb5a7-8bd0-4f49-87b1-8eb9ecc7b7bc", 404, "RESOURCE_NOT_FOUND"},
    {"party_code", "4d5f500f-c385-4901-9be5-25b6d36ad220", 500, "NOT_ALLOWED"},
    {"party_code", "d2265f9b-0c22-496d-908f-79a65ad66266", 500, "NOT_ALLOWED_TARGET_ENVIRONMENT"},
    {"party_code", "8f548a78-ceb8-4d12-a243-5640b91e91a4", 500, "INTERNAL_PROCESSING_ERROR"},
    {"party_code", "585c07a4-2c80-42f7-9e73-e586b36dee68", 503, "SERVICE_UNAVAILABLE"},
  };

  private static final Object[][] NOT_ACTIVE_ROWS = {
    {"msisdn", "46733123451"},
    {"email", "notactive@email.com"},
    {"party_code", "b0040b3c-b426-4a90-af6e-673e65861cd7"},
  };

  private static final Object[][] ORDINARY_ROWS = {
    {"msisdn", "256774290781"},
    {"msisdn", "56733123453"},
    {"msisdn", "46733123456"},
    {"msisdn", "46733123464"},
    {"email", "someone@example.com"},
    {"party_code", "0b7c5f1e-32d7-4d5a-9b39-2b0f0d1e6f2a"},
  };

  /** The rows on every product. */
  private static Stream<Arguments> expand(Object[][] rows) {
    List<Arguments> out = new ArrayList<>();
    for (Product p : Product.values()) {
      for (Object[] row : rows) {
        Object[] args = new Object[row.length + 1];
        args[0] = p;
        System.arraycopy(row, 0, args, 1, row.length);
        out.add(Arguments.of(args));
      }
    }
    return out.stream();
  }

  static Stream<Arguments> errorRows() {
    return expand(ERROR_ROWS);
  }

  static Stream<Arguments> notActiveRows() {
    return expand(NOT_ACTIVE_ROWS);
  }

  static Stream<Arguments> ordinaryRows() {
    return expand(ORDINARY_ROWS);
  }

  @ParameterizedTest(name = "{0} /accountholder/{1}/{2}/active -> {3} {4}")
  @MethodSource("errorRows")
  void answersTheTableErrorForASpecialAccountHolderOnActive(
      Product product, String type, String id, int status, String code) {
    Expect.momoError(sim.api(product).active(type, id), status, code);
  }

  @ParameterizedTest(name = "{0} /accountholder/{1}/{2}/basicuserinfo -> {3} {4}")
  @MethodSource("errorRows")
  void answersTheTableErrorForASpecialAccountHolderOnBasicUserInfo(
      Product product, String type, String id, int status, String code) {
    Expect.momoError(sim.api(product).basicUserInfo(type, id), status, code);
  }

  @ParameterizedTest(name = "{0} /accountholder/msisdn/%20")
  @EnumSource(Product.class)
  void refusesABlankAccountHolderIdOnBothLookups(Product product) {
    Expect.badRequest(sim.api(product).active("msisdn", "%20"), "accountHolderId");
    Expect.badRequest(sim.api(product).basicUserInfo("msisdn", "%20"), "accountHolderId");
  }

  @ParameterizedTest(name = "{0} /accountholder/{1}/{2}/active -> false")
  @MethodSource("notActiveRows")
  void answersResultFalseForTheNotActiveAccountHolder(Product product, String type, String id) {
    Reply reply = sim.api(product).active(type, id);

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    Expect.json(reply);
    assertThat(reply.json()).isEqualTo(new JsonObject().put("result", false));
  }

  @ParameterizedTest(name = "{0} /accountholder/{1}/{2}/active -> true")
  @MethodSource("ordinaryRows")
  void answersResultTrueForAnyOtherAccountHolder(Product product, String type, String id) {
    Reply reply = sim.api(product).active(type, id);

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    Expect.json(reply);
    assertThat(reply.json()).isEqualTo(new JsonObject().put("result", true));
  }

  @ParameterizedTest(name = "{0} /accountholder/{1}/{2}/basicuserinfo")
  @MethodSource("ordinaryRows")
  void answersTheSandboxUserInfoForAnyOtherAccountHolder(Product product, String type, String id) {
    Reply reply = sim.api(product).basicUserInfo(type, id);

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    Expect.json(reply);
    JsonObject expected =
        new JsonObject()
            .put("given_name", "Sand")
            .put("family_name", "Box")
            .put("birthdate", "1976-08-13")
            .put("locale", "sv_SE");
    if (product != Product.REMITTANCE) {
      expected.put("gender", "MALE");
    }
    assertThat(reply.json()).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Product.class)
  void rejectsAnUnknownIdTypeWithBadRequest(Product product) {
    ProductApi api = sim.api(product);

    Expect.badRequest(api.active("iban", "256774290781"));
    Expect.badRequest(api.active("foo", "256774290781"));
    Expect.badRequest(api.basicUserInfo("iban", "256774290781"));
  }

  static Stream<Arguments> typeSpellings() {
    String[][] spellings = {
      {"MSISDN", "46733123450", "256774290781"},
      {"Msisdn", "46733123450", "256774290781"},
      {"EMAIL", "notfound@email.com", "someone@example.com"},
      {"Email", "notfound@email.com", "someone@example.com"},
      {
        "PARTY_CODE", "5cecb5a7-8bd0-4f49-87b1-8eb9ecc7b7bc", "0b7c5f1e-32d7-4d5a-9b39-2b0f0d1e6f2a"
      },
      {"Party_Code", "5cecb5a7-8bd0-4f49-87b1-8eb9ecc7b7bc", "0b7c5f1e-32d7-4d5a-9b39-2b0f0d1e6f2a"}
    };
    return Stream.of(Product.values())
        .flatMap(p -> Stream.of(spellings).map(s -> Arguments.of(p, s[0], s[1], s[2])));
  }

  @ParameterizedTest(name = "{0} /accountholder/{1}/...")
  @MethodSource("typeSpellings")
  void matchesTheIdTypeCaseInsensitively(
      Product product, String type, String notFoundId, String ordinaryId) {
    ProductApi api = sim.api(product);

    Expect.notFound(api.active(type, notFoundId));
    assertThat(api.active(type, ordinaryId).json()).isEqualTo(new JsonObject().put("result", true));
    assertThat(api.basicUserInfo(type, ordinaryId).json().getString("given_name"))
        .isEqualTo("Sand");
  }
}

package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.behaviour.SandboxNumbers;
import dev.momosim.simulator.behaviour.SandboxNumbers.Column;
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
 * email and party-code rows of §13.2(b), as {@link SandboxNumbers} reads them from the digest. The
 * id type in the path matches case-insensitively.
 */
@MomoSimulatorTest
class AccountHolderAcceptanceTest {
  @AutoClose private final SandboxSession sim;

  AccountHolderAcceptanceTest(MomoSimulator simulator) {
    sim = new SandboxSession(simulator);
  }

  /**
   * type, id, HTTP status, error code of every account holder §13.2(b) documents with ({@code
   * error}) or without an error.
   */
  private static Object[][] documented(boolean error) {
    return SandboxNumbers.read().accountHolders().stream()
        .filter(holder -> holder.isError() == error)
        .flatMap(
            holder ->
                Stream.of(
                    new Object[] {"msisdn", holder.msisdn(), holder.errorStatus(), holder.code()},
                    new Object[] {"email", holder.email(), holder.errorStatus(), holder.code()},
                    new Object[] {
                      "party_code", holder.partyCode(), holder.errorStatus(), holder.code()
                    }))
        .toArray(Object[][]::new);
  }

  /**
   * type and id of account holders the table gives no answer for: numbers of the table without an
   * AccountHolder entry, numbers the sandbox was seen to treat as any other, and ordinary ones.
   */
  private static Object[][] ordinary() {
    SandboxNumbers sandbox = SandboxNumbers.read();
    Stream<Object[]> numbers =
        Stream.concat(
                sandbox.unlisted(Column.ACCOUNT_HOLDER).stream(), sandbox.seenSucceeding().stream())
            .map(number -> new Object[] {"msisdn", number});
    Stream<Object[]> others =
        Stream.of(
            new Object[] {"msisdn", "256774290781"},
            new Object[] {"email", "someone@example.com"},
            new Object[] {"party_code", "0b7c5f1e-32d7-4d5a-9b39-2b0f0d1e6f2a"});
    return Stream.concat(numbers, others).toArray(Object[][]::new);
  }

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
    return expand(documented(true));
  }

  static Stream<Arguments> notActiveRows() {
    return expand(
        Stream.of(documented(false))
            .map(row -> new Object[] {row[0], row[1]})
            .toArray(Object[][]::new));
  }

  static Stream<Arguments> ordinaryRows() {
    return expand(ordinary());
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
            .put("locale", "sv_SE")
            .put("gender", "MALE");
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
    SandboxNumbers.AccountHolder notFound = SandboxNumbers.read().accountHolder("NotFound");
    String[][] spellings = {
      {"MSISDN", notFound.msisdn(), "256774290781"},
      {"Msisdn", notFound.msisdn(), "256774290781"},
      {"EMAIL", notFound.email(), "someone@example.com"},
      {"Email", notFound.email(), "someone@example.com"},
      {"PARTY_CODE", notFound.partyCode(), "0b7c5f1e-32d7-4d5a-9b39-2b0f0d1e6f2a"},
      {"Party_Code", notFound.partyCode(), "0b7c5f1e-32d7-4d5a-9b39-2b0f0d1e6f2a"}
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

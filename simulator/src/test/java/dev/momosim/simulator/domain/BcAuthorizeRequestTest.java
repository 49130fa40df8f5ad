package dev.momosim.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BcAuthorizeRequestTest {
  private static Map<String, String> form(String... pairs) {
    Map<String, String> form = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  @Test
  void readsMtnsExampleWithOfflineAccessAndNoValidity() {
    BcAuthorizeRequest request =
        BcAuthorizeRequest.parse(
            form(
                "login_hint",
                "ID:46733123450/MSISDN",
                "scope",
                "all_info",
                "access_type",
                "offline"));

    assertThat(request.loginHint()).isEqualTo(new LoginHint("MSISDN", "46733123450"));
    assertThat(request.scope()).isEqualTo("all_info");
    assertThat(request.offline()).isTrue();
    assertThat(request.consentValidSeconds()).isNull();
  }

  @Test
  void defaultsAccessTypeToOfflineAndReadsConsentValidIn() {
    BcAuthorizeRequest request =
        BcAuthorizeRequest.parse(
            form(
                "login_hint",
                "id:a@b.test/email",
                "scope",
                "openid profile",
                "consent_valid_in",
                "60"));

    assertThat(request.accessType()).isEqualTo("offline");
    assertThat(request.loginHint()).isEqualTo(new LoginHint("EMAIL", "a@b.test"));
    assertThat(request.consentValidSeconds()).isEqualTo(60L);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "scope=profile | login_hint is required",
        "login_hint=46733123450;scope=profile | login_hint must be ID:",
        "login_hint=ID:46733123450/IBAN;scope=profile | MSISDN, EMAIL, PARTY_CODE",
        "login_hint=ID:123/MSISDN;scope=profile | 5 to 15 digits",
        "login_hint=ID:/PARTY_CODE;scope=profile | 1 to 128 characters",
        "login_hint=ID:46733123450/MSISDN | scope is required",
        "login_hint=ID:46733123450/MSISDN;scope=a  b | scope must be",
        "login_hint=ID:46733123450/MSISDN;scope=profile;access_type=OFFLINE | access_type",
        "login_hint=ID:46733123450/MSISDN;scope=profile;consent_valid_in=1.5 | consent_valid_in",
        "login_hint=ID:46733123450/MSISDN;scope=profile;consent_valid_in=999999999999 | consent_valid_in",
        "login_hint=ID:46733123450/MSISDN;scope=profile;scope_instruction=*** | scope_instruction"
      })
  void refusesAMissingOrMalformedFieldNamingIt(String fields, String message) {
    Map<String, String> form = new HashMap<>();
    for (String pair : fields.split(";")) {
      int equals = pair.indexOf('=');
      form.put(pair.substring(0, equals), pair.substring(equals + 1));
    }

    assertThatThrownBy(() -> BcAuthorizeRequest.parse(form))
        .isInstanceOfSatisfying(
            MomoException.class,
            refusal -> {
              assertThat(refusal.status()).isEqualTo(400);
              assertThat(refusal.code()).isEqualTo("BAD_REQUEST");
            })
        .hasMessageContaining(message);
  }

  @Test
  void refusesAnUnsupportedScopeWith500AsMtnsSdkSuiteExpects() {
    Map<String, String> form =
        Map.of("login_hint", "ID:46733123450/MSISDN", "scope", "profile invalid");

    assertThatThrownBy(() -> BcAuthorizeRequest.parse(form))
        .isInstanceOfSatisfying(
            MomoException.class,
            refusal -> {
              assertThat(refusal.status()).isEqualTo(500);
              assertThat(refusal.code()).isEqualTo("UNSUPPORTED_SCOPE");
            })
        .hasMessageContaining("invalid");
  }
}

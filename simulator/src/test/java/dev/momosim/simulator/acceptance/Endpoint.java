package dev.momosim.simulator.acceptance;

import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every product endpoint of issue 2 item 6, as a call with valid credentials a test can then spoil.
 */
record Endpoint(String name, Product product, Function<ProductApi, HttpCall> build) {

  HttpCall on(ProductApi api) {
    return build.apply(api);
  }

  @Override
  public String toString() {
    return name;
  }

  static List<Endpoint> all() {
    List<Endpoint> all = new ArrayList<>();
    for (Product p : Product.values()) {
      String base = "/" + p.path + "/v1_0/";
      all.add(
          new Endpoint(
              "POST " + base + p.paymentResource,
              p,
              api ->
                  api.createCall(
                      SandboxSession.newReference(), Payments.of(p, "10", "256774290781"))));
      all.add(
          new Endpoint(
              "GET " + base + p.paymentResource + "/{ref}",
              p,
              api -> api.statusCall(SandboxSession.newReference())));
      all.add(
          new Endpoint(
              "GET " + base + "account/balance",
              p,
              api -> api.call(HttpMethod.GET, "/v1_0/account/balance")));
      all.add(
          new Endpoint(
              "GET " + base + "account/balance/EUR",
              p,
              api -> api.call(HttpMethod.GET, "/v1_0/account/balance/EUR")));
      all.add(
          new Endpoint(
              "GET " + base + "accountholder/msisdn/{id}/active",
              p,
              api -> api.call(HttpMethod.GET, "/v1_0/accountholder/msisdn/256774290781/active")));
      all.add(
          new Endpoint(
              "GET " + base + "accountholder/msisdn/{id}/basicuserinfo",
              p,
              api ->
                  api.call(
                      HttpMethod.GET, "/v1_0/accountholder/msisdn/256774290781/basicuserinfo")));
    }
    return all;
  }
}

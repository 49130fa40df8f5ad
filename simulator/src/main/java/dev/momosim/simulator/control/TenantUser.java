package dev.momosim.simulator.control;

import io.vertx.core.json.JsonObject;

/**
 * An API user provisioned into a tenant by {@code POST /_sim/tenants/{id}/users}.
 *
 * @param product the product's path name ({@code collection}, ...)
 * @param apiKey a secret: show it to whoever asked, never log it
 */
public record TenantUser(
    String tenant, String product, String apiUser, String apiKey, String providerCallbackHost) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("tenant", tenant)
        .put("product", product)
        .put("apiUser", apiUser)
        .put("apiKey", apiKey)
        .put("providerCallbackHost", providerCallbackHost);
  }

  public static TenantUser fromJson(JsonObject json) {
    return new TenantUser(
        json.getString("tenant"),
        json.getString("product"),
        json.getString("apiUser"),
        json.getString("apiKey"),
        json.getString("providerCallbackHost"));
  }

  @Override
  public String toString() {
    return "TenantUser[tenant=" + tenant + ", product=" + product + ", apiUser=" + apiUser + "]";
  }
}

package dev.momosim.simulator.control;

import io.vertx.core.json.JsonObject;

/**
 * One tenant as {@code GET /_sim/tenants} lists it.
 *
 * @param apiUsers how many API users were put in it; null for the default tenant (every user no
 *     other tenant claims)
 * @param transactions how many transactions it keeps; null where the store cannot say cheaply (a
 *     data directory or a database)
 * @param rules how many rules it holds
 * @param createdAt when it was made, ISO-8601
 */
public record TenantView(
    String id, Integer apiUsers, Long transactions, int rules, String createdAt) {

  public JsonObject toJson() {
    JsonObject json =
        new JsonObject().put("id", id).put("rules", rules).put("createdAt", createdAt);
    if (apiUsers != null) {
      json.put("apiUsers", apiUsers);
    }
    if (transactions != null) {
      json.put("transactions", transactions);
    }
    return json;
  }

  public static TenantView fromJson(JsonObject json) {
    return new TenantView(
        json.getString("id"),
        json.getInteger("apiUsers"),
        json.getLong("transactions"),
        json.getInteger("rules", 0),
        json.getString("createdAt"));
  }
}

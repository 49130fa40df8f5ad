package dev.momosim.simulator.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.momosim.simulator.binding.JsonPath;
import dev.momosim.simulator.domain.Product;
import java.io.IOException;

/** A product by its config name ({@code collection}, any case), refused by its path otherwise. */
final class ProductName extends StdDeserializer<Product> {
  private static final long serialVersionUID = 1L;

  ProductName() {
    super(Product.class);
  }

  @Override
  public Product deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String path = JsonPath.of(parser);
    JsonNode value = parser.readValueAs(JsonNode.class);
    return Product.fromPathName(value.isTextual() ? value.asText() : value.toString())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    path
                        + " must be collection, disbursement or remittance, was "
                        + (value.isTextual() ? value.asText() : value.toString())));
  }
}

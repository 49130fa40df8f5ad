package dev.momosim.simulator.binding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.momosim.simulator.domain.Amounts;
import dev.momosim.simulator.domain.MomoException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * An amount or balance in JSON: read by {@link Amounts#parse} from text or a number, refused by its
 * path when it is no usable amount; written as plain text ({@code "1000"}, never {@code 1E+3}).
 */
public final class AmountJson {
  private AmountJson() {}

  /** For {@code @JsonDeserialize(using = AmountJson.Reader.class)}. */
  public static final class Reader extends StdDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    public Reader() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String path = JsonPath.of(parser);
      JsonToken token = parser.currentToken();
      Object value;
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        value = parser.getNumberValue();
      } else if (token == JsonToken.VALUE_STRING) {
        value = parser.getText();
      } else {
        value = parser.readValueAs(JsonNode.class).toString();
      }
      try {
        return Amounts.parse(path, value);
      } catch (MomoException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
  }

  /** For {@code @JsonSerialize(using = AmountJson.Writer.class)}. */
  public static final class Writer extends StdSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    public Writer() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(value.toPlainString());
    }
  }
}

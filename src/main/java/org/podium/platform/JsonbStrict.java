package org.podium.platform;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * The API's JSON-B, strict about text: a field that holds text takes a JSON string only ({@code "text": true} is a
 * 400, not the text "true"), and a string with half a surrogate pair (which no character is, and which the database
 * would store as "?") is refused rather than changed quietly.
 */
@Provider
public class JsonbStrict implements ContextResolver<Jsonb> {

    private volatile Jsonb jsonb;

    @Override
    public Jsonb getContext(Class<?> type) {
        Jsonb j = jsonb;
        if (j == null) {
            j = JsonbBuilder.create(new JsonbConfig().withDeserializers(new Strings()));
            jsonb = j;
        }
        return j;
    }

    /** Only a JSON string becomes a Java string, and only a well-formed one. */
    public static final class Strings implements JsonbDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue v = parser.getValue();
            if (v.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(v instanceof JsonString js)) {
                throw new JsonbException("a text field was given " + v.getValueType() + ", not a string");
            }
            String s = js.getString();
            if (!Labels.wellFormed(s)) {
                throw new JsonbException("a string with half a surrogate pair");
            }
            return s;
        }
    }
}

package io.cita.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses JSON strings holding a NUL character (which no store should keep, and PostgreSQL cannot): the request is
 * answered 400 naming the field, the same on every store.
 */
@Singleton
public class NulSafeStrings implements BeanCreatedEventListener<ObjectMapper> {

    @Override
    public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
        SimpleModule module = new SimpleModule("cita-nul-safe-strings");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return (String) context.handleWeirdStringValue(String.class, value, "contains a NUL character");
                }
                return value;
            }
        });
        return event.getBean().registerModule(module);
    }
}

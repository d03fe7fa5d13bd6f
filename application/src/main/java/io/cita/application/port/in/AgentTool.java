package io.cita.application.port.in;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool an agent can call: its name, what it is for, whether it changes anything (a redelivered call of one that does
 * must not run twice; one that only reads may), and its parameters, from which its JSON Schema is made.
 */
public record AgentTool(String name, boolean changes, String description, List<Parameter> parameters) {
    public AgentTool {
        parameters = List.copyOf(parameters);
    }

    /** One parameter: a JSON type ({@code string}, {@code integer}), whether it is required, its allowed values. */
    public record Parameter(String name, String type, String description, boolean required, List<String> allowed) {
        public Parameter {
            allowed = List.copyOf(allowed);
        }
    }

    /** The JSON Schema (draft 2020-12 subset) of the tool's arguments, as plain maps and lists for any JSON writer. */
    public Map<String, Object> inputSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("type", parameter.type());
            property.put("description", parameter.description());
            if (!parameter.allowed().isEmpty()) {
                property.put("enum", parameter.allowed());
            }
            properties.put(parameter.name(), property);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", parameters.stream().filter(Parameter::required).map(Parameter::name).toList());
        schema.put("additionalProperties", false);
        return schema;
    }
}

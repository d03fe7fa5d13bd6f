package io.cita.adapters.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Builds and reads DynamoDB attribute values for the hand-written item mappers; absent attributes read as null. */
final class Attrs {
    /** Whole-second UTC instants, so that string order is time order (GSI3 sorts bookings by "datetime"). */
    static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Attrs() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    static AttributeValue strings(Collection<String> values) {
        List<AttributeValue> list = new ArrayList<>();
        values.forEach(value -> list.add(s(value)));
        return AttributeValue.fromL(list);
    }

    static AttributeValue stringMap(Map<String, String> values) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        values.forEach((k, v) -> map.put(k, s(v)));
        return AttributeValue.fromM(map);
    }

    /** Puts a string attribute only when the value is present (DynamoDB has no empty-string keys; null means absent). */
    static void putIfPresent(Map<String, AttributeValue> item, String name, Object value) {
        if (value != null) {
            item.put(name, s(value.toString()));
        }
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || Boolean.TRUE.equals(value.nul())) {
            return null;
        }
        return value.s() != null ? value.s() : value.n();
    }

    static long num(Map<String, AttributeValue> item, String name, long fallback) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? fallback : Long.parseLong(value.n());
    }

    static boolean flag(Map<String, AttributeValue> item, String name, boolean fallback) {
        AttributeValue value = item.get(name);
        return value == null || value.bool() == null ? fallback : value.bool();
    }

    static List<String> list(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            return List.of();
        }
        if (value.hasSs()) {
            return value.ss();
        }
        List<String> result = new ArrayList<>();
        if (value.hasL()) {
            value.l().forEach(element -> result.add(element.s()));
        }
        return result;
    }

    static Map<String, String> strMap(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        Map<String, String> result = new LinkedHashMap<>();
        if (value != null && value.hasM()) {
            flatten("", value.m(), result);
        }
        return result;
    }

    /** Nested maps (seed 000's settings.widget.primaryColor) flatten to dotted keys. */
    private static void flatten(String prefix, Map<String, AttributeValue> map, Map<String, String> into) {
        map.forEach((key, value) -> {
            if (value.hasM()) {
                flatten(prefix + key + ".", value.m(), into);
            } else if (value.s() != null) {
                into.put(prefix + key, value.s());
            } else if (value.n() != null) {
                into.put(prefix + key, value.n());
            } else if (value.bool() != null) {
                into.put(prefix + key, value.bool().toString());
            }
        });
    }

    static String instant(Instant instant) {
        return instant == null ? null : UTC_SECONDS.format(instant);
    }

    /** Exact instants (with fractions) for audit timestamps, which no index sorts. */
    static String exact(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        String value = str(item, name);
        return value == null ? null : Instant.parse(value);
    }

    static LocalDate date(Map<String, AttributeValue> item, String name) {
        String value = str(item, name);
        return value == null ? null : LocalDate.parse(value);
    }

    static LocalTime time(Map<String, AttributeValue> item, String name) {
        String value = str(item, name);
        return value == null ? null : LocalTime.parse(value);
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put("PK", s(pk));
        key.put("SK", s(sk));
        return key;
    }
}

package io.cita.adapters.rest.dto;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.ImportVisitsUseCase;
import io.cita.application.port.in.ImportVisitsUseCase.Row;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV of past visits (seed 003's columns {@code nombre, telefono, email, fecha_cita, consentimiento}, or
 * {@code name, phone, email, visit_date, consent}), read with Apache Commons CSV: headers in any case, with or without
 * accents, in any order, comma or semicolon separated; a missing column or too many rows is refused naming it.
 */
public final class VisitCsv {
    private static final Map<String, String> COLUMNS = columns();

    private VisitCsv() {
    }

    /** The rows of {@code text}, each with its line in the file. */
    public static List<Row> rows(String text) {
        String body = text == null ? "" : text.replace("\uFEFF", "");
        String firstLine = body.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Map<String, String> named = new HashMap<>();
            parser.getHeaderNames().forEach(header -> {
                String column = COLUMNS.get(plain(header));
                if (column != null) {
                    named.put(column, header);
                }
            });
            for (String required : List.of("nombre", "telefono", "fecha_cita")) {
                if (!named.containsKey(required)) {
                    throw new InvalidRequestException("file", "has no column " + required);
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == ImportVisitsUseCase.MOST_ROWS) {
                    throw new InvalidRequestException("file", "may have at most " + ImportVisitsUseCase.MOST_ROWS
                            + " rows");
                }
                rows.add(new Row((int) record.getRecordNumber() + 1, value(record, named, "nombre"),
                        value(record, named, "telefono"), value(record, named, "email"),
                        value(record, named, "fecha_cita"), value(record, named, "consentimiento")));
            }
            return rows;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidRequestException("file", "is not a CSV with one header line");
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidRequestException("file", "is not a well-formed CSV");
        }
    }

    private static String value(CSVRecord record, Map<String, String> named, String column) {
        String header = named.get(column);
        if (header == null || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header);
        return value.isBlank() ? null : value;
    }

    private static String plain(String header) {
        String folded = Normalizer.normalize(header.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replace(' ', '_').replace('-', '_');
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new HashMap<>();
        List.of("nombre", "name", "client", "cliente").forEach(name -> columns.put(name, "nombre"));
        List.of("telefono", "phone", "movil", "mobile").forEach(name -> columns.put(name, "telefono"));
        List.of("email", "e_mail", "correo", "mail").forEach(name -> columns.put(name, "email"));
        List.of("fecha_cita", "fecha", "visit_date", "appointment_date", "date").forEach(name -> columns.put(name,
                "fecha_cita"));
        List.of("consentimiento", "consent").forEach(name -> columns.put(name, "consentimiento"));
        return Map.copyOf(columns);
    }
}

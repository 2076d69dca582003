package dev.devdrive.maven.report;

import java.util.List;
import java.util.Map;

/**
 * A small JSON serializer for the report, which must not pull a JSON library into every build that loads the
 * plugin. Values are {@link Map} (string keys, written in iteration order), {@link List}, {@link String},
 * {@link Long}, {@link Integer}, {@link Boolean} and {@code null}. The output is pretty-printed and pure
 * ASCII: every character outside printable ASCII is written as a six-character unicode escape, so the file reads
 * the same whatever encoding a console or editor assumes.
 */
final class JsonText {

    private static final String INDENT = "  ";

    private JsonText() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.append('\n').toString();
    }

    /** The JSON string literal for {@code text}, quotes included. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            out.append(quote(text));
        } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Double number && Double.isFinite(number)) {
            out.append(number);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, depth);
        } else if (value instanceof List<?> list) {
            array(out, list, depth);
        } else {
            throw new IllegalArgumentException(
                    "not a JSON value: " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be strings: " + entry.getKey());
            }
            out.append(separator)
                    .append(INDENT.repeat(depth + 1))
                    .append(quote(key))
                    .append(": ");
            write(out, entry.getValue(), depth + 1);
            separator = ",\n";
        }
        out.append('\n').append(INDENT.repeat(depth)).append('}');
    }

    private static void array(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String separator = "\n";
        for (Object element : list) {
            out.append(separator).append(INDENT.repeat(depth + 1));
            write(out, element, depth + 1);
            separator = ",\n";
        }
        out.append('\n').append(INDENT.repeat(depth)).append(']');
    }
}

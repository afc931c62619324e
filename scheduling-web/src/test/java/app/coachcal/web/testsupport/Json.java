package app.coachcal.web.testsupport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON to read an API answer in a test (the test classpath has the
 * Jakarta JSON API but no implementation): objects, arrays, strings, numbers,
 * true, false, null.
 *
 * <pre>{@code
 * Json call = Json.parse(response.body());
 * assertThat(call.text("coach.name")).isEqualTo("Lara Lopez");
 * }</pre>
 */
public record Json(Object value) {

    public static Json parse(String text) {
        Reader reader = new Reader(text);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.at < text.length()) {
            throw reader.error("text after the value");
        }
        return new Json(value);
    }

    /** The string as a JSON string literal, quotes included. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    public boolean has(String name) {
        return value instanceof Map<?, ?> object && object.containsKey(name);
    }

    /** A member, or a path of members separated by dots ({@code coach.name}). */
    public Json get(String path) {
        Json current = this;
        for (String name : path.split("\\.")) {
            if (!current.has(name)) {
                throw new AssertionError("no \"" + name + "\" in " + current.value);
            }
            current = new Json(((Map<?, ?>) current.value).get(name));
        }
        return current;
    }

    public String text(String path) {
        return get(path).text();
    }

    public String text() {
        if (!(value instanceof String text)) {
            throw new AssertionError("not a JSON string: " + value);
        }
        return text;
    }

    public long number(String path) {
        Object number = get(path).value;
        if (!(number instanceof BigDecimal decimal)) {
            throw new AssertionError("not a JSON number: " + number);
        }
        return decimal.longValueExact();
    }

    public List<Json> items(String path) {
        Object array = get(path).value;
        if (!(array instanceof List<?> list)) {
            throw new AssertionError("not a JSON array: " + array);
        }
        return list.stream().map(Json::new).toList();
    }

    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            if (at >= text.length()) {
                throw error("end of text");
            }
            char c = text.charAt(at);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> members = new LinkedHashMap<>();
            at++;
            skipSpace();
            if (peek() == '}') {
                at++;
                return members;
            }
            do {
                skipSpace();
                String name = string();
                skipSpace();
                expect(':');
                members.put(name, value());
                skipSpace();
            } while (take() == ',');
            at--;
            expect('}');
            return members;
        }

        private List<Object> array() {
            List<Object> items = new ArrayList<>();
            at++;
            skipSpace();
            if (peek() == ']') {
                at++;
                return items;
            }
            do {
                items.add(value());
                skipSpace();
            } while (take() == ',');
            at--;
            expect(']');
            return items;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = take(); c != '"'; c = take()) {
                if (c == '\\') {
                    char escaped = take();
                    switch (escaped) {
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private BigDecimal number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw error("unexpected character");
            }
            return new BigDecimal(text.substring(start, at));
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("unexpected word");
            }
            at += word.length();
            return value;
        }

        void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private char take() {
            if (at >= text.length()) {
                throw error("end of text");
            }
            return text.charAt(at++);
        }

        private void expect(char c) {
            if (take() != c) {
                throw error("expected '" + c + "'");
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("not JSON (" + what + " at " + at + "): " + text);
        }
    }
}

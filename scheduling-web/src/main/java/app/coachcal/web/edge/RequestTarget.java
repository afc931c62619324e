package app.coachcal.web.edge;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a request's target (path and query, as sent, still percent-encoded) is one that Coachcal could have
 * made: printable ASCII only, every {@code %} followed by two hex digits, decoding to UTF-8 without control
 * characters in the path and no NUL in the query (a query value is checked by its own field parser), a path
 * with no {@code .}/{@code ..} segment, no backslash (some servers take it for a slash), no encoded slash and
 * no {@code ;} parameters, and
 * at most {@link #MOST_CHARACTERS} long. Anything else is refused before the server tries to decode it.
 *
 * <pre>{@code
 * RequestTarget.isWellFormed("/book/", "from=2027-03-01");  // true
 * RequestTarget.isWellFormed("/%zz", null);                 // false
 * }</pre>
 */
public final class RequestTarget {

    /** Our longest URL (a move with an id and a start) is under 200 characters. */
    public static final int MOST_CHARACTERS = 2048;
    private static final Pattern ENCODED_SLASH = Pattern.compile("%(2f|5c)", Pattern.CASE_INSENSITIVE);
    private static final List<String> DOT_SEGMENTS = List.of(".", "..");

    private RequestTarget() {
    }

    /** @param path the path as sent; @param query the query as sent, or null when there is none */
    public static boolean isWellFormed(String path, String query) {
        String rawQuery = query == null ? "" : query;
        if (path == null || !path.startsWith("/") || path.length() + rawQuery.length() > MOST_CHARACTERS
                || path.indexOf(';') >= 0) {
            return false;
        }
        String decodedPath = decoded(path, false);
        String decodedQuery = decoded(rawQuery, true);
        if (decodedPath == null || decodedPath.chars().anyMatch(Character::isISOControl)
                || decodedPath.indexOf('\\') >= 0
                || decodedQuery == null || decodedQuery.indexOf('\0') >= 0) {
            return false;
        }
        if (ENCODED_SLASH.matcher(path).find()) {
            return false;
        }
        for (String segment : decodedPath.split("/", -1)) {
            if (DOT_SEGMENTS.contains(segment)) {
                return false;
            }
        }
        return true;
    }

    /** The text decoded from percent-encoding as UTF-8, or null if it is not well-formed. */
    private static String decoded(String text, boolean plusIsSpace) {
        ByteBuffer bytes = ByteBuffer.allocate(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return null;
            }
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int high = hex(text.charAt(i + 1));
                int low = hex(text.charAt(i + 2));
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put((byte) (plusIsSpace && c == '+' ? ' ' : c));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** An ASCII hex digit's value, or -1 ({@link Character#digit} would also take other scripts' digits). */
    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }
}

package app.coachcal.web.requests;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id of the request being served on this thread: in every log line of the request, in the
 * {@code X-Request-Id} answer header and in every problem+json answer ({@code instance}), so that a
 * user's report leads to the log. A client may send its own {@code X-Request-Id}; it is kept only if it
 * has the shape of an id (8–64 of {@code A-Za-z0-9_-}), so it cannot forge log lines.
 *
 * <pre>{@code
 * RequestId.current().ifPresent(id -> ...);   // "3f9a7c2e51b04d8a"
 * }</pre>
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED_SHAPE = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The client's id if it has an id's shape, otherwise a new random one. */
    static String chooseFor(String sentByClient) {
        if (sentByClient != null && ACCEPTED_SHAPE.matcher(sentByClient).matches()) {
            return sentByClient;
        }
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static void set(String id) {
        CURRENT.set(id);
    }

    static void clear() {
        CURRENT.remove();
    }
}

package app.coachcal.web.testsupport;

import java.util.Random;

/**
 * Random text for fuzzing one input, reproducible from its seed: date-like
 * characters, a valid value with a few characters changed, any Unicode, any
 * ASCII (control characters included).
 *
 * <pre>{@code
 * Garbage garbage = new Garbage(20261125L, "2026-12-07T09:00:00Z");
 * String start = garbage.next();
 * }</pre>
 */
public final class Garbage {

    private static final String DATE_LIKE = "0123456789-+:TZ.";
    private static final String MUTATIONS = "0123456789-+:TZ. x9";

    private final Random random;
    private final String valid;

    public Garbage(long seed, String valid) {
        this.random = new Random(seed);
        this.valid = valid;
    }

    public String next() {
        return switch (random.nextInt(4)) {
            case 0 -> from(DATE_LIKE, 1 + random.nextInt(40));
            case 1 -> mutated();
            case 2 -> unicode(1 + random.nextInt(20));
            default -> ascii(random.nextInt(60));
        };
    }

    private String mutated() {
        char[] text = valid.toCharArray();
        for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
            text[random.nextInt(text.length)] = MUTATIONS.charAt(random.nextInt(MUTATIONS.length()));
        }
        return new String(text);
    }

    private String unicode(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
            text.appendCodePoint(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE ? 'x' : codePoint);
        }
        return text.toString();
    }

    private String ascii(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(128));
        }
        return text.toString();
    }

    private String from(String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}

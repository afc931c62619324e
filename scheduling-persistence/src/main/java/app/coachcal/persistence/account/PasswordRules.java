package app.coachcal.persistence.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be (NIST SP 800-63B, 5.1.1.2): {@value #MIN_LENGTH} to {@value #MAX_LENGTH}
 * characters of any kind, no composition rules, and not one of the ~49,000 passwords people choose most
 * often ({@code common-passwords.txt}, compared ignoring letter case). Applies to passwords chosen from now
 * on: an admin's temporary password and a password change. Existing passwords still sign in.
 *
 * <pre>{@code
 * PasswordRules.refusal("qwerty123456", "new"); // "… is one of the most common passwords …"
 * }</pre>
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    /** Why the password may not be chosen, in words for the form ({@code kind}: "new" or "temporary"). */
    public static Optional<String> refusal(String password, String kind) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("Enter a " + kind + " password of " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
        }
        if (Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("This is one of the most common passwords, which attackers try first: choose a "
                    + kind + " password that is harder to guess.");
        }
        return Optional.empty();
    }

    /** The list, read once on first use. */
    private static final class Common {
        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt");
                 BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return lines.lines().filter(line -> !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

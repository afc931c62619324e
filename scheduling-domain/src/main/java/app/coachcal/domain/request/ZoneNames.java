package app.coachcal.domain.request;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The time zone names a person may choose (those {@link TimeZoneField} accepts), and the nearest ones to a
 * name that is not among them, so that a form can say "did you mean Europe/London?" for {@code london}.
 *
 * <pre>{@code
 * ZoneNames.all();                  // [Africa/Abidjan, ..., UTC]
 * ZoneNames.nearest("new york");    // [America/New_York]
 * }</pre>
 */
public final class ZoneNames {

    private static final int MAX_SUGGESTIONS = 3;
    private static final List<String> ALL = Stream.concat(
                    java.time.ZoneId.getAvailableZoneIds().stream().filter(name -> TimeZoneField.parse(name).isValid()),
                    Stream.of("UTC"))
            .distinct().sorted().toList();

    private ZoneNames() {
    }

    /** Every name that {@link TimeZoneField} accepts, sorted. */
    public static List<String> all() {
        return ALL;
    }

    /** Up to three accepted names close to {@code raw}: same name or city in other case, then a typo away, then containing it. */
    public static List<String> nearest(String raw) {
        String wanted = raw == null ? "" : raw.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.length() > 64) {
            return List.of();
        }
        List<String> same = ALL.stream().filter(name -> key(name).equals(wanted) || city(name).equals(wanted)).toList();
        if (!same.isEmpty()) {
            return first(same);
        }
        List<String> typo = ALL.stream()
                .filter(name -> distance(city(name), wanted) <= 2 || distance(key(name), wanted) <= 2)
                .sorted(Comparator.comparingInt(name -> Math.min(distance(city(name), wanted), distance(key(name), wanted))))
                .toList();
        if (!typo.isEmpty() || wanted.length() < 3) {
            return first(typo);
        }
        return first(ALL.stream().filter(name -> key(name).contains(wanted)).toList());
    }

    private static List<String> first(List<String> names) {
        return names.subList(0, Math.min(MAX_SUGGESTIONS, names.size()));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String city(String name) {
        return key(name.substring(name.lastIndexOf('/') + 1));
    }

    /** Levenshtein distance: the number of single-letter edits from {@code a} to {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

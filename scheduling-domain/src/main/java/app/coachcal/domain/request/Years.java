package app.coachcal.domain.request;

/** The years a date in a request may fall in: 2000 to 2100, far wider than any booking needs. */
final class Years {

    static final int FIRST = 2000;
    static final int LAST = 2100;
    static final String RANGE = "between the years " + FIRST + " and " + LAST;

    private Years() {
    }

    static boolean allowed(int year) {
        return year >= FIRST && year <= LAST;
    }
}

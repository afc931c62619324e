package app.coachcal.launcher;

/** A reason Coachcal cannot start, said in one line a person can act on. */
public final class LaunchFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public LaunchFailure(String oneLine) {
        super(oneLine, null, false, false);
    }
}

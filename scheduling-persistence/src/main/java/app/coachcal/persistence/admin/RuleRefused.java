package app.coachcal.persistence.admin;

import java.util.Map;

/** Values that break their rule's bounds, by rule name, with a message each. Nothing was saved. */
public final class RuleRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> messages;

    public RuleRefused(Map<String, String> messages) {
        super("business rule values out of bounds", null, false, false);
        this.messages = Map.copyOf(messages);
    }

    public Map<String, String> messages() {
        return messages;
    }
}

package app.coachcal.admin.console;

import app.coachcal.admin.Redirects;
import app.coachcal.admin.SignedIn;
import app.coachcal.admin.Times;
import app.coachcal.persistence.admin.RuleBook;
import app.coachcal.persistence.admin.RuleChange;
import app.coachcal.persistence.admin.RuleRefused;
import app.coachcal.persistence.admin.RuleRow;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Business rules ({@code /admin/rules}): one form for every rule, each field with the bounds and the
 * description the database holds; all saved or none; what changed shown after saving; the change log.
 */
@Named("admin.rules")
@RequestScoped
public class RulesPage {

    static final int HISTORY = 50;

    /** A logged change as a table row. */
    public record HistoryLine(String rule, String change, String who, String when) {
    }

    @Inject
    private SignedIn signedIn;
    @Inject
    private RuleBook book;
    @Inject
    private FacesContext faces;

    private List<RuleRow> rules;
    private final Map<String, String> values = new HashMap<>();
    private Caller admin;

    private boolean loaded;

    private void ensureLoaded() {
        if (!loaded) {
            load();
        }
    }

    public void load() {
        loaded = true;
        admin = signedIn.as(Role.ADMIN).orElse(null);
        if (admin != null && !faces.isPostback()) {
            getRules().forEach(rule -> values.put(rule.name(), Integer.toString(rule.value())));
        }
    }

    public String save() {
        load();
        if (admin == null) {
            return null;
        }
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (RuleRow rule : getRules()) {
            String raw = values.getOrDefault(rule.name(), "");
            raw = raw == null ? "" : raw.strip();
            if (!raw.matches("-?[0-9]{1,9}")) {
                Pages.error(faces, rule.name(), label(rule) + ": enter a whole number of " + rule.unit() + " from "
                        + rule.min() + " to " + rule.max() + ".");
            } else {
                wanted.put(rule.name(), Integer.parseInt(raw));
            }
        }
        if (faces.isValidationFailed()) {
            return null;
        }
        try {
            List<RuleChange> changes = book.change(admin, wanted);
            String changed = changes.stream().map(change -> change.rule() + ":" + change.oldValue() + "-" + change.newValue())
                    .collect(Collectors.joining(","));
            return Redirects.to(faces, "/admin/rules?changed=" + (changed.isEmpty() ? "none" : changed));
        } catch (RuleRefused refused) {
            getRules().stream().filter(rule -> refused.messages().containsKey(rule.name()))
                    .forEach(rule -> Pages.error(faces, rule.name(), label(rule) + ": enter a whole number of " + rule.unit()
                            + " from " + rule.min() + " to " + rule.max() + "."));
            return null;
        }
    }

    /** "Call length" for call_length. */
    public String label(RuleRow rule) {
        String words = rule.name().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** What the last save changed, from the redirect's {@code changed} parameter, in words. */
    public List<String> getSavedChanges() {
        String changed = faces.getExternalContext().getRequestParameterMap().get("changed");
        if (changed == null || changed.equals("none") || !changed.matches("[a-z_]+:-?\\d+--?\\d+(,[a-z_]+:-?\\d+--?\\d+)*")) {
            return List.of();
        }
        Map<String, RuleRow> byName = getRules().stream().collect(Collectors.toMap(RuleRow::name, rule -> rule));
        return java.util.Arrays.stream(changed.split(",")).map(item -> {
            String[] parts = item.split(":", 2);
            String[] values = parts[1].split("(?<=\\d)-", 2);
            RuleRow rule = byName.get(parts[0]);
            String unit = rule == null ? "" : " " + rule.unit();
            return (rule == null ? parts[0] : label(rule)) + ": " + values[0] + " → " + values[1] + unit;
        }).toList();
    }

    public boolean isNothingChanged() {
        return "none".equals(faces.getExternalContext().getRequestParameterMap().get("changed"));
    }

    public List<HistoryLine> getHistory() {
        ensureLoaded();
        return book.history(HISTORY).stream().map(change -> new HistoryLine(change.rule(),
                change.oldValue() + " → " + change.newValue(),
                change.changedBy() == null ? "(database)" : change.changedBy(),
                Times.dateTime(change.at(), admin.zone()))).toList();
    }

    public List<RuleRow> getRules() {
        if (rules == null) {
            rules = book.rules();
        }
        return rules;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public String getZone() {
        ensureLoaded();
        return admin.zone().getId();
    }
}

package app.coachcal.web.faces;

/** An error message and the id of the field it is about (empty for the page as a whole). */
public record FieldMessage(String fieldId, String text) {

    /** The anchor the error summary links to: the field, or the top of the main content. */
    public String anchor() {
        return fieldId.isEmpty() ? "#main" : "#" + fieldId;
    }
}

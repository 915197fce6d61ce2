package city.civility.portal.feedback;

/** What a resident tells the office: something wrong, an idea, or a photographed problem in public space (随手拍). */
public enum CaseKind {
    COMPLAINT, SUGGESTION, SNAPSHOT;

    /** A suggestion may come without a contact: nobody needs to be called back about an idea. */
    public boolean allowsAnonymous() {
        return this == SUGGESTION;
    }

    public String messageKey() {
        return "feedback.kind." + name();
    }
}

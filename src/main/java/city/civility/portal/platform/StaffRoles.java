package city.civility.portal.platform;

/**
 * The staff roles' names, as security annotations need them (constants, not an enum):
 * every feature guards its services with these, and {@code accounts.Role} holds the same
 * names (a test keeps them equal, and equal to the roles web.xml names).
 */
public final class StaffRoles {

    /** Manages staff accounts and sees the audit log. */
    public static final String ADMIN = "ADMIN";
    /** Writes articles and other content. */
    public static final String EDITOR = "EDITOR";
    /** Approves what editors submit. */
    public static final String REVIEWER = "REVIEWER";
    /** Handles residents' complaints and suggestions. */
    public static final String CASE_OFFICER = "CASE_OFFICER";

    private StaffRoles() {
    }
}

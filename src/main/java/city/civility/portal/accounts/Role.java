package city.civility.portal.accounts;

/** What a staff member may do. A user can hold several. */
public enum Role {
    /** Manages staff accounts and sees the audit log. */
    ADMIN,
    /** Writes articles and other content. */
    EDITOR,
    /** Approves what editors submit. */
    REVIEWER,
    /** Handles residents' complaints and suggestions. */
    CASE_OFFICER
}

package city.civility.portal.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of the office's staff who signs in to the admin area. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Always lower case: sign-in ignores case. */
    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    /** Set when an administrator chose the password: the user must pick their own at next sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /**
     * Moves on when the password, the roles or the account's being enabled change: a session
     * signed in with an older value ends at its next request (the roles it holds are stale).
     */
    @Column(name = "access_generation", nullable = false)
    private int accessGeneration;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected StaffUser() {
    }

    StaffUser(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
        this.mustChangePassword = true;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password. The {@code maxFailures}-th in a row locks the account
     * for {@code lockout}; returns whether this failure locked it.
     */
    boolean recordFailedSignIn(Instant now, int maxFailures, Duration lockout) {
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            failedSignIns = 0;
            lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** A password the administrator handed out: usable once, to choose a new one. */
    void assignTemporaryPassword(String hash) {
        passwordHash = hash;
        mustChangePassword = true;
        failedSignIns = 0;
        lockedUntil = null;
        accessGeneration++;
    }

    void changePassword(String hash) {
        passwordHash = hash;
        mustChangePassword = false;
        accessGeneration++;
    }

    void setRoles(Set<Role> newRoles) {
        if (!roles.equals(newRoles)) {
            roles.clear();
            roles.addAll(newRoles);
            accessGeneration++;
        }
    }

    void setEnabled(boolean enabled) {
        if (this.enabled != enabled) {
            this.enabled = enabled;
            accessGeneration++;
        }
    }

    void setEmail(String email) {
        this.email = email;
    }

    /** Where the portal writes to them; null when they gave none. */
    public String getEmail() {
        return email;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public int getAccessGeneration() {
        return accessGeneration;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package city.civility.portal.accounts.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.accounts.AccountService;
import city.civility.portal.accounts.AccountService.IssuedPassword;
import city.civility.portal.accounts.Role;
import city.civility.portal.accounts.StaffUser;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.PagedModel;

/** The administrator's staff list: find, create, edit roles, disable, reset passwords. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    @Inject
    transient AccountService accounts;

    private String search;
    private final PagedModel<StaffUser> users = new PagedModel<>(
            (first, size, order) -> accounts.findUsers(search, order, first, size), () -> accounts.countUsers(search), StaffUser::getId);

    // The form below the list: a new user when editingId is null, otherwise that user.
    private Long editingId;
    private String username;
    private String displayName;
    private String email;
    // Mutable: the checkboxes make a new list of the type the value has, and an immutable one has no constructor to call.
    private List<Role> roles = new ArrayList<>();

    /** A password just issued, shown once to the administrator to hand over. */
    private IssuedPassword issued;

    public void edit(StaffUser user) {
        editingId = user.getId();
        username = user.getUsername();
        displayName = user.getDisplayName();
        email = user.getEmail();
        roles = new ArrayList<>(user.getRoles());
        issued = null;
    }

    public void startNew() {
        editingId = null;
        username = null;
        displayName = null;
        email = null;
        roles = new ArrayList<>();
        issued = null;
    }

    public void save() {
        Set<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (editingId == null) {
            IssuedPassword created = Texts.attempt(() -> accounts.createUser(username, displayName, email, chosen));
            if (created == null) {
                return;
            }
            issued = created;
            Texts.info("accounts.created", created.user().getUsername());
        } else {
            if (Texts.attempt(() -> accounts.updateUser(editingId, displayName, email, chosen)) == null) {
                return;
            }
            Texts.info("accounts.updated", username);
        }
        editingId = null;
        username = null;
        displayName = null;
        email = null;
        roles = new ArrayList<>();
    }

    public void setEnabled(StaffUser user, boolean enabled) {
        if (Texts.attempt(() -> accounts.setEnabled(user.getId(), enabled)) != null) {
            Texts.info(enabled ? "accounts.enabled" : "accounts.disabled", user.getUsername());
        }
    }

    public void resetPassword(StaffUser user) {
        IssuedPassword reset = Texts.attempt(() -> accounts.resetPassword(user.getId()));
        if (reset != null) {
            issued = reset;
            Texts.info("accounts.passwordReset", user.getUsername());
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public PagedModel<StaffUser> getUsers() {
        return users;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public IssuedPassword getIssued() {
        return issued;
    }
}

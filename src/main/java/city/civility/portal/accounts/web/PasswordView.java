package city.civility.portal.accounts.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import city.civility.portal.accounts.AccountService;
import city.civility.portal.platform.i18n.Texts;

/** A staff member changes their own password (and must, after an administrator set it). */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            Texts.fieldError("passwordForm:repeated", "password.mismatch");
            return;
        }
        Integer access = Texts.attempt(() -> accounts.changeOwnPassword(currentPassword, newPassword));
        if (access == null) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        StaffSessionFilter.remember((HttpServletRequest) external.getRequest(), access); // this session goes on; the account's others end
        external.getFlash().setKeepMessages(true);
        Texts.info("password.changed");
        external.redirect(external.getRequestContextPath() + "/admin/index.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}

package city.civility.portal.feedback.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.feedback.Open311Client;
import city.civility.portal.feedback.Open311Clients;
import city.civility.portal.platform.i18n.Texts;

/** The systems that send cases through Open311 ({@code /admin/open311.xhtml}): issue a key (shown once), revoke one. */
@Named
@ViewScoped
public class Open311ClientsView implements Serializable {

    @Inject
    transient Open311Clients clients;

    private String name;
    private String issuedKey;
    private List<Open311Client> all;

    public List<Open311Client> getAll() {
        if (all == null) {
            all = clients.all();
        }
        return all;
    }

    public void issue() {
        issuedKey = Texts.attempt(() -> clients.issue(name));
        if (issuedKey != null) {
            Texts.info("feedback.open311.issued", name);
            name = null;
            all = null;
        }
    }

    public void revoke(long id) {
        if (Texts.attempt(() -> clients.revoke(id))) {
            Texts.info("feedback.open311.revoked");
            issuedKey = null;
            all = null;
        }
    }

    /** The key just issued, shown this once. */
    public String getIssuedKey() {
        return issuedKey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}

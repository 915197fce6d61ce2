package city.civility.portal.ads.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.ads.Ad;
import city.civility.portal.ads.AdCalls;
import city.civility.portal.ads.AdEntry;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.FacesResponses;

/** A work sent to a call, as a moderator sees it ({@code /admin/ad-entry.xhtml?id=N}): the picture and its texts, accepted or refused here. */
@Named
@ViewScoped
public class AdEntryView implements Serializable {

    @Inject
    transient AdCalls calls;

    private Long id;
    private AdEntry entry;
    private String reason;

    public void load() throws IOException {
        entry = id == null ? null : calls.work(id).orElse(null);
        if (entry == null) {
            FacesResponses.notFound();
        }
    }

    public void accept() {
        Ad published = Texts.attempt(() -> calls.accept(entry.getId()));
        if (published != null) {
            entry = calls.work(entry.getId()).orElse(entry);
            Texts.info("ads.entry.accepted", published.getTitle());
        }
    }

    public void reject() {
        if (Texts.attempt(() -> calls.reject(entry.getId(), reason))) {
            entry = calls.work(entry.getId()).orElse(entry);
            reason = null;
            Texts.info("ads.entry.rejected");
        }
    }

    public AdEntry getEntry() {
        return entry;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

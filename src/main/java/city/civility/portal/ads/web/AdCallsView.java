package city.civility.portal.ads.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.ads.AdCall;
import city.civility.portal.ads.AdCalls;
import city.civility.portal.ads.AdEntry;
import city.civility.portal.ads.AdService;
import city.civility.portal.ads.AdTheme;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.FacesResponses;

/**
 * The office's calls for works ({@code /admin/ad-calls.xhtml}; {@code ?id=N} edits one and lists
 * the works it brought): open a call with its theme, days, rules and licence.
 */
@Named
@ViewScoped
public class AdCallsView implements Serializable {

    @Inject
    transient AdCalls calls;

    @Inject
    transient AdService ads;

    private Long id;
    private AdCall call;
    private String title;
    private String themeCode;
    private String rules;
    private String licence;
    private LocalDate opensOn;
    private LocalDate closesOn;

    /** The f:viewAction: the call named by ?id=, or a new one. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        call = calls.call(id).orElse(null);
        if (call == null) {
            FacesResponses.notFound();
            return;
        }
        title = call.getTitle();
        themeCode = call.getTheme().getCode();
        rules = call.getRules();
        licence = call.getLicence();
        opensOn = call.getOpensOn();
        closesOn = call.getClosesOn();
    }

    public void save() throws IOException {
        AdCall.Terms terms = new AdCall.Terms(title, themeCode, rules, licence, opensOn, closesOn);
        if (call == null) {
            AdCall opened = Texts.attempt(() -> calls.open(terms));
            if (opened != null) {
                FacesResponses.redirectWithInfo("/admin/ad-calls.xhtml?id=" + opened.getId(), "ads.call.saved", opened.getTitle());
            }
            return;
        }
        AdCall changed = Texts.attempt(() -> calls.change(call.getId(), call.getVersion(), terms));
        if (changed != null) {
            call = changed;
            Texts.info("ads.call.saved", changed.getTitle());
        }
    }

    public List<AdCalls.CallWithWorks> getCalls() {
        return calls.all();
    }

    public List<AdEntry> getWorks() {
        return call == null ? List.of() : calls.works(call.getId());
    }

    public List<AdTheme> getThemes() {
        return ads.themes();
    }

    public boolean isOpen(AdCall shown) {
        return calls.isOpen(shown);
    }

    public AdCall getCall() {
        return call;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getThemeCode() {
        return themeCode;
    }

    public void setThemeCode(String themeCode) {
        this.themeCode = themeCode;
    }

    public String getRules() {
        return rules;
    }

    public void setRules(String rules) {
        this.rules = rules;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}

package city.civility.portal.platform.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.i18n.Texts;

/** The city and its office as configured: shown in every page's header and footer as {@code #{site}}. */
@Named("site")
@ApplicationScoped
public class SiteInfo {

    @Inject
    @ConfigProperty(name = "portal.city.name")
    String cityName;

    @Inject
    @ConfigProperty(name = "portal.city.name-en")
    String cityNameEnglish;

    @Inject
    @ConfigProperty(name = "portal.office.address")
    String address;

    @Inject
    @ConfigProperty(name = "portal.office.phone")
    String phone;

    @Inject
    @ConfigProperty(name = "portal.office.email")
    String email;

    /** The ICP filing number (备案号) that Chinese sites show in the footer. */
    @Inject
    @ConfigProperty(name = "portal.office.icp")
    Optional<String> icp;

    public String getCityName() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return "en".equals(locale.getLanguage()) ? cityNameEnglish : cityName;
    }

    /** The site's name, e.g. 江川市文明网. */
    public String getName() {
        return Texts.get("site.name", getCityName());
    }

    /** The office that runs the site, e.g. 江川市文明办. */
    public String getOfficeName() {
        return Texts.get("footer.office", getCityName());
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getIcp() {
        return icp.orElse(null);
    }
}

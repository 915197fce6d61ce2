package city.civility.portal.ads.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import city.civility.portal.ads.PublicAd;

/** An ad's public page ({@code /ads/{id}}), found by {@link AdsRoutes}. */
@Named
@RequestScoped
public class AdPage {

    private PublicAd ad;

    @PostConstruct
    void read() {
        ad = (PublicAd) Faces.getRequest().getAttribute(AdsRoutes.SHOWN_AD);
    }

    public PublicAd getAd() {
        return ad;
    }
}

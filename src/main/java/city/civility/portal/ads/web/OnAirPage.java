package city.civility.portal.ads.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.ads.AdService;
import city.civility.portal.ads.OnAir;

/** The ads on air today, for a page that shows a placement (the home banner, a screen): read once per request. */
@Named("adsOnAir")
@RequestScoped
public class OnAirPage {

    @Inject
    AdService ads;

    private List<OnAir> onAir;

    /** The placement's ads; an unknown placement has none. */
    public OnAir placement(String code) {
        if (onAir == null) {
            onAir = ads.onAir();
        }
        return onAir.stream().filter(o -> o.placement().equals(code)).findFirst()
                .orElseGet(() -> new OnAir(code, null, 0, List.of()));
    }

    /** The placement named by a screen's address, if there is one. */
    Optional<OnAir> screen(String code) {
        return ads.onAir(code);
    }
}

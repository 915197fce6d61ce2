package city.civility.portal.ads.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.ads.AdCall;
import city.civility.portal.ads.AdCalls;

/** The calls for works residents may answer, and those closed lately ({@code /ads/calls}). */
@Named
@RequestScoped
public class CallsPage {

    @Inject
    AdCalls calls;

    private List<AdCall> current;

    public List<AdCall> getCalls() {
        if (current == null) {
            current = calls.current();
        }
        return current;
    }

    public boolean isOpen(AdCall call) {
        return calls.isOpen(call);
    }
}

package city.civility.portal.platform.participation.web;

import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.participation.TooManyRequests;

/** How a resident's public form says a refusal, the same on every form. */
public final class FormRefusals {

    private FormRefusals() {
    }

    /** The broken rule's message beside its field ({@code fields}: message key to the field's client id), or above the form. */
    public static void show(RuleViolation broken, Map<String, String> fields) {
        String field = fields.get(broken.messageKey());
        if (field == null) {
            Texts.error(broken.messageKey(), broken.args());
        } else {
            Texts.fieldError(field, broken.messageKey(), broken.args());
        }
    }

    /** The limit's message above the form, and the answer a 429 with Retry-After, which browsers and proxies understand. */
    public static void show(TooManyRequests refused) {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
        Texts.error("limits.tooMany", String.valueOf(refused.retryAfterSeconds()));
    }
}

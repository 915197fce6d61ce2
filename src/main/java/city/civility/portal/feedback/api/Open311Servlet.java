package city.civility.portal.feedback.api;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.feedback.CaseKind;
import city.civility.portal.feedback.FeedbackCategory;
import city.civility.portal.feedback.FeedbackService;
import city.civility.portal.feedback.Open311Case;
import city.civility.portal.feedback.Open311Clients;
import city.civility.portal.feedback.TrackingNumber;
import city.civility.portal.feedback.api.Open311Output.Items;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.participation.TooManyRequests;

/**
 * Open311 GeoReport v2 under {@code /open311/v2/}, in XML and JSON (the path's extension):
 * {@code discovery}, {@code services}, {@code services/{code}} (the categories, with the
 * attributes {@code kind} and {@code publish}), {@code POST requests} (form-encoded, with an
 * {@code api_key}), {@code GET requests} (filtered by {@code service_request_id},
 * {@code service_code}, {@code start_date}, {@code end_date}, {@code status}), {@code requests/{id}}
 * and {@code tokens/{token}}. A request is a case like one from the form; its id is the tracking
 * number, and the token is the same. Errors are the spec's list of {@code code} and
 * {@code description} with 400, 403 or 404, the description in the caller's language.
 */
@WebServlet("/open311/v2/*")
public class Open311Servlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(discovery|services|requests|tokens)(?:/([A-Za-z0-9_-]{1,40}))?\\.(xml|json)");
    /** The version of this API's definitions, for discovery's {@code changeset}. */
    private static final String CHANGESET = "2026-11-26T00:00:00+08:00";

    @Inject
    FeedbackService feedback;

    @Inject
    Open311Clients clients;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "portal.office.email")
    String officeEmail;

    /** One answer's failure: its status and the message key of its description. */
    private static final class Refusal extends RuntimeException {
        final int status;
        final String key;
        final transient Object[] args;

        Refusal(int status, String key, Object... args) {
            super(key, null, false, false);
            this.status = status;
            this.key = key;
            this.args = args;
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean json = String.valueOf(request.getPathInfo()).endsWith(".json");
        try {
            if (!path.matches()) {
                throw new Refusal(404, "feedback.open311.noSuchPath");
            }
            String what = path.group(1);
            String id = path.group(2);
            boolean post = "POST".equals(request.getMethod());
            if (!post && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                    || post && !(what.equals("requests") && id == null)) {
                response.setHeader("Allow", what.equals("requests") && id == null ? "GET, POST" : "GET");
                throw new Refusal(405, "feedback.open311.method");
            }
            switch (what) {
                case "discovery" -> answer(response, json, "discovery", discovery(request));
                case "services" -> answer(response, json, id == null ? "services" : "service_definition",
                        id == null ? services(request) : definition(id, request));
                case "tokens" -> answer(response, json, "service_requests", new Items("request", List.of(Map.of("service_request_id", token(id),
                        "token", id))));
                default -> answer(response, json, "service_requests", post ? create(request) : requests(id, request));
            }
        } catch (Refusal refused) {
            refuse(response, json, refused.status, Texts.get(language(request), refused.key, refused.args));
        } catch (RuleViolation broken) {
            refuse(response, json, 400, Texts.get(language(request), broken.messageKey(), broken.args()));
        } catch (TooManyRequests refused) {
            response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
            refuse(response, json, 429, Texts.get(language(request), "limits.tooMany", String.valueOf(refused.retryAfterSeconds())));
        }
    }

    private Map<String, Object> discovery(HttpServletRequest request) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "open311/v2");
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", new Items("format", List.of("text/xml", "application/json")));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", CHANGESET);
        discovery.put("contact", officeEmail);
        discovery.put("key_service", Texts.get(language(request), "feedback.open311.keyService", officeEmail));
        discovery.put("endpoints", new Items("endpoint", List.of(endpoint)));
        return discovery;
    }

    private Items services(HttpServletRequest request) {
        Locale language = language(request);
        List<Map<String, Object>> services = new ArrayList<>();
        for (FeedbackCategory category : feedback.categories()) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", category.getCode());
            service.put("service_name", category.name(language));
            service.put("description", Texts.get(language, "feedback.open311.serviceDescription", category.getDepartment(),
                    String.valueOf(category.getDeadlineDays())));
            service.put("metadata", true);
            service.put("type", "realtime");
            service.put("keywords", "");
            service.put("group", Texts.get(language, "nav.feedback"));
            services.add(service);
        }
        return new Items("service", services);
    }

    private Map<String, Object> definition(String code, HttpServletRequest request) {
        Locale language = language(request);
        if (feedback.categories().stream().noneMatch(c -> c.getCode().equals(code))) {
            throw new Refusal(404, "feedback.open311.noSuchService", code);
        }
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (CaseKind kind : CaseKind.values()) {
            kinds.add(value(kind.name(), Texts.get(language, kind.messageKey())));
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", new Items("attribute", List.of(
                attribute("kind", 1, Texts.get(language, "feedback.open311.kindDescription"), kinds),
                attribute("publish", 2, Texts.get(language, "feedback.open311.publishDescription"),
                        List.of(value("true", Texts.get(language, "feedback.open311.publishYes")), value("false", Texts.get(language, "feedback.open311.publishNo")))))));
        return definition;
    }

    private static Map<String, Object> attribute(String code, int order, String description, List<Map<String, Object>> values) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", code);
        attribute.put("datatype", "singlevaluelist");
        attribute.put("required", false);
        attribute.put("datatype_description", "");
        attribute.put("order", order);
        attribute.put("description", description);
        attribute.put("values", new Items("value", values));
        return attribute;
    }

    private static Map<String, Object> value(String key, String name) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", key);
        value.put("name", name);
        return value;
    }

    private Items create(HttpServletRequest request) {
        String client = clients.clientOf(request.getParameter("api_key")).orElseThrow(() -> new Refusal(403, "feedback.open311.apiKey"));
        String code = request.getParameter("service_code");
        if (code == null || code.isBlank()) {
            throw new Refusal(400, "feedback.open311.required", "service_code");
        }
        if (feedback.categories().stream().noneMatch(c -> c.getCode().equals(code.strip()))) {
            throw new Refusal(404, "feedback.open311.noSuchService", code);
        }
        Double latitude = number(request, "lat");
        Double longitude = number(request, "long");
        String address = request.getParameter("address_string");
        if ((latitude == null || longitude == null) && (address == null || address.isBlank())) {
            throw new Refusal(400, "feedback.open311.location");
        }
        String number = feedback.submitFromOpen311(client, new FeedbackService.Open311Request(code.strip(), latitude, longitude, address,
                request.getParameter("description"), request.getParameter("email"), request.getParameter("phone"),
                request.getParameter("attribute[kind]"), request.getParameter("attribute[publish]")));
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", number);
        created.put("token", number);
        created.put("service_notice", Texts.get(language(request), "feedback.open311.notice", number));
        return new Items("request", List.of(created));
    }

    private static Double number(HttpServletRequest request, String name) {
        String text = request.getParameter(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(400, "feedback.open311.number", name);
        }
    }

    private Items requests(String one, HttpServletRequest request) {
        List<Long> ids = null;
        String asked = one != null ? one : request.getParameter("service_request_id");
        if (asked != null && !asked.isBlank()) {
            ids = new ArrayList<>();
            for (String number : asked.split(",")) {
                ids.add(TrackingNumber.parse(number).orElseThrow(() -> new Refusal(one != null ? 404 : 400, "feedback.open311.noSuchRequest", number))
                        .id());
            }
        }
        String status = request.getParameter("status");
        if (status != null && !status.isBlank() && !status.equals("open") && !status.equals("closed")) {
            throw new Refusal(400, "feedback.open311.status");
        }
        String code = request.getParameter("service_code");
        List<Open311Case> cases = feedback.open311Cases(new FeedbackService.Open311Filter(ids, code == null || code.isBlank() ? null : code.strip(),
                date(request, "start_date"), date(request, "end_date"), status == null || status.isBlank() ? null : status.equals("open")));
        if (one != null) {
            cases = cases.stream().filter(c -> c.serviceRequestId().equals(TrackingNumber.parse(one).map(TrackingNumber::toString).orElse(""))).toList();
            if (cases.isEmpty()) {
                throw new Refusal(404, "feedback.open311.noSuchRequest", one);
            }
        }
        return new Items("request", cases.stream().map(Open311Servlet::request).toList());
    }

    private String token(String token) {
        String number = TrackingNumber.parse(token).map(TrackingNumber::toString).orElseThrow(() -> new Refusal(404, "feedback.open311.noSuchRequest", token));
        if (feedback.open311Cases(new FeedbackService.Open311Filter(List.of(TrackingNumber.parse(number).get().id()), null, null, null, null))
                .stream().noneMatch(c -> c.serviceRequestId().equals(number))) {
            throw new Refusal(404, "feedback.open311.noSuchRequest", token);
        }
        return number;
    }

    private static Map<String, Object> request(Open311Case c) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", c.serviceRequestId());
        request.put("status", c.open() ? "open" : "closed");
        request.put("status_notes", c.statusNotes());
        request.put("service_name", c.serviceName());
        request.put("service_code", c.serviceCode());
        request.put("description", c.description());
        request.put("agency_responsible", c.agencyResponsible());
        request.put("requested_datetime", c.requestedAt());
        request.put("updated_datetime", c.updatedAt());
        request.put("expected_datetime", c.expectedAt());
        request.put("address", c.address());
        request.put("lat", c.latitude());
        request.put("long", c.longitude());
        return request;
    }

    private static Instant date(HttpServletRequest request, String name) {
        String text = request.getParameter(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Refusal(400, "feedback.open311.date", name);
        }
    }

    /**
     * The caller's language: the site's cookie if it has one, else its Accept-Language (a system
     * calling the API has no cookie), Simplified Chinese by default.
     */
    private static Locale language(HttpServletRequest request) {
        if (request.getCookies() != null && Arrays.stream(request.getCookies()).anyMatch(c -> Languages.COOKIE.equals(c.getName()))) {
            return Languages.of(request);
        }
        if (request.getHeader("Accept-Language") == null) {
            return Languages.SIMPLIFIED; // getLocales() would give the server's own
        }
        for (Locale asked : Collections.list(request.getLocales())) {
            if (asked.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
            if (asked.getLanguage().equals("zh")) {
                boolean traditional = "Hant".equals(asked.getScript()) || List.of("TW", "HK", "MO").contains(asked.getCountry());
                return traditional ? Languages.TRADITIONAL : Languages.SIMPLIFIED;
            }
        }
        return Languages.SIMPLIFIED;
    }

    private static void answer(HttpServletResponse response, boolean json, String rootName, Object root) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (json) {
            response.setContentType("application/json;charset=UTF-8");
            Open311Output.json(root, response.getOutputStream());
        } else {
            response.setContentType("text/xml;charset=UTF-8");
            Open311Output.xml(rootName, root, response.getOutputStream());
        }
    }

    private static void refuse(HttpServletResponse response, boolean json, int status, String description) throws IOException {
        response.setStatus(status);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status);
        error.put("description", description);
        answer(response, json, "errors", new Items("error", List.of(error)));
    }
}

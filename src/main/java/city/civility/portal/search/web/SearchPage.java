package city.civility.portal.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.platform.api.QueryNumbers;
import city.civility.portal.search.Search;
import city.civility.portal.search.SearchBusy;
import city.civility.portal.search.SearchQuery;

/**
 * The results page: /search?q=&type=&channel=&year=&sort=date&page=N. Every choice is a
 * plain link, so the page works without JavaScript and each state has an address. Under
 * a burst of searches it may be refused: then it is this page with a 503, saying so.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 10;

    @Inject
    HttpServletRequest request;

    @Inject
    Search search;

    private Search.Result result;
    private boolean busy;
    private final Map<String, String> chosen = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        for (String name : List.of("q", "type", "channel", "year", "sort")) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                chosen.put(name, value.strip());
            }
        }
        Integer year = QueryNumbers.within(chosen.get("year"), 1900, 9999);
        if (year == null) {
            chosen.remove("year");
        }
        Integer page = QueryNumbers.within(request.getParameter("page"), 1, Search.MAX_PAGE);
        try {
            result = search.search(new Search.Request(chosen.get("q"), chosen.get("type"), chosen.get("channel"), year,
                    "date".equals(chosen.get("sort")), page == null ? 1 : page, PAGE_SIZE));
        } catch (SearchBusy refused) {
            busy = true;
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            external.setResponseHeader("Retry-After", String.valueOf(SearchBusy.RETRY_AFTER_SECONDS));
        }
    }

    /** Refused under load: no result, and the page says to search again shortly. */
    public boolean isBusy() {
        return busy;
    }

    public int getRetryAfterSeconds() {
        return SearchBusy.RETRY_AFTER_SECONDS;
    }

    /** How much of a query is searched, for the note on one that was longer. */
    public int getMaxLength() {
        return SearchQuery.MAX_LENGTH;
    }

    public int getMaxParts() {
        return SearchQuery.MAX_PARTS;
    }

    public Search.Result getResult() {
        return result;
    }

    public String getQ() {
        return chosen.getOrDefault("q", "");
    }

    public boolean isByDate() {
        return "date".equals(chosen.get("sort"));
    }

    public long getPages() {
        return Math.min(Search.MAX_PAGE, Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    public boolean isChosen(String dimension, String value) {
        return value.equals(chosen.get(dimension));
    }

    /** This page's address with one choice changed (null value: removed); the page goes back to 1. */
    public String with(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(chosen);
        if (value == null || value.isEmpty()) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        return address(next);
    }

    /** This page's address on another page of results. */
    public String page(long number) {
        Map<String, String> next = new LinkedHashMap<>(chosen);
        next.put("page", String.valueOf(number));
        return address(next);
    }

    private String address(Map<String, String> parameters) {
        return request.getContextPath() + "/search?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

package city.civility.portal.goodpeople.web;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import city.civility.portal.goodpeople.GoodPeopleFigures.Count;
import city.civility.portal.goodpeople.GoodPeopleFigures.RoundLikes;
import city.civility.portal.goodpeople.GoodPeopleFigures;
import city.civility.portal.goodpeople.GoodPeopleStatistics;
import city.civility.portal.platform.MonthSpan;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.Charts;

/** {@code /admin/goodpeople-statistics.xhtml}: 身边好人 in figures over the months chosen, as charts, tables and a workbook. */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    /** A year, unless the office chooses otherwise. */
    static final int DEFAULT_MONTHS = 12;

    @Inject
    transient GoodPeopleStatistics statistics;

    @Inject
    transient PortalClock clock;

    private String from;
    private String to;
    private GoodPeopleFigures figures;

    @PostConstruct
    void start() {
        MonthSpan span = MonthSpan.lastMonths(DEFAULT_MONTHS, clock.now());
        from = span.first().toString();
        to = span.last().toString();
        figures = statistics.figures(span);
    }

    /** The figures of the months typed; what is shown stays when they are not months. */
    public void read() {
        readTyped();
    }

    /** The workbook of the months typed, in the staff member's language. */
    public void download() {
        if (readTyped()) {
            Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            MonthSpan span = figures.span();
            Faces.sendFile(StatisticsWorkbook.write(figures, language),
                    Texts.get(language, "goodpeople.stats.fileName", span.first().toString(), span.last().toString()), true);
        }
    }

    private boolean readTyped() {
        GoodPeopleFigures typed = Texts.attempt(() -> statistics.figures(new MonthSpan(month(from), month(to))));
        if (typed != null) {
            figures = typed;
        }
        return typed != null;
    }

    /** The month typed (2026-11), or null: the span refuses it. */
    private static YearMonth month(String typed) {
        try {
            return typed == null ? null : YearMonth.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public GoodPeopleFigures getFigures() {
        return figures;
    }

    public String getMonthsChart() {
        return Charts.bars(Texts.get("goodpeople.stats.nominations"), figures.byMonth().stream().map(c -> c.key().toString()).toList(),
                counts(figures.byMonth()));
    }

    public String getCategoriesChart() {
        return Charts.pie(figures.byCategory().stream().map(c -> Texts.get(c.key().messageKey())).toList(), counts(figures.byCategory()));
    }

    /** The busiest districts and, when there are more, the others together. */
    public String getDistrictsChart() {
        List<String> labels = new ArrayList<>(figures.topDistricts().stream().map(Count::key).toList());
        List<Long> values = new ArrayList<>(counts(figures.topDistricts()));
        if (figures.otherDistricts() > 0) {
            labels.add(Texts.get("goodpeople.stats.otherDistricts"));
            values.add(figures.otherDistricts());
        }
        return Charts.horizontalBars(Texts.get("goodpeople.stats.nominations"), labels, values);
    }

    public String getDecisionsChart() {
        return Charts.pie(List.of(Texts.get("goodpeople.stats.approved"), Texts.get("goodpeople.stats.rejected")),
                List.of(figures.approved(), figures.rejected()));
    }

    public String getLikesChart() {
        return Charts.line(Texts.get("goodpeople.stats.likes"), figures.likesByRound().stream().map(r -> r.round().toString()).toList(),
                figures.likesByRound().stream().map(RoundLikes::likes).toList());
    }

    public int getTopDistricts() {
        return GoodPeopleStatistics.TOP_DISTRICTS;
    }

    private static List<Long> counts(List<? extends Count<?>> counts) {
        return counts.stream().map(Count::count).toList();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}

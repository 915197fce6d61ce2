package city.civility.portal.feedback.web;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import city.civility.portal.feedback.CaseFigures;
import city.civility.portal.feedback.CaseStatistics;
import city.civility.portal.platform.MonthSpan;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.Charts;

/** Complaints and suggestions in figures ({@code /admin/case-statistics.xhtml}), charts with tables of the same figures, and as a workbook. */
@Named
@ViewScoped
public class CaseStatisticsView implements Serializable {

    /** A year, unless the office chooses otherwise. */
    static final int DEFAULT_MONTHS = 12;

    @Inject
    transient CaseStatistics statistics;

    @Inject
    transient PortalClock clock;

    private String from;
    private String to;
    private CaseFigures figures;

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
            Faces.sendFile(CaseStatisticsWorkbook.write(figures, language),
                    Texts.get(language, "feedback.stats.fileName", span.first().toString(), span.last().toString()), true);
        }
    }

    private boolean readTyped() {
        CaseFigures typed = Texts.attempt(() -> statistics.figures(new MonthSpan(month(from), month(to))));
        if (typed != null) {
            figures = typed;
        }
        return typed != null;
    }

    private static YearMonth month(String typed) {
        try {
            return typed == null ? null : YearMonth.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public CaseFigures getFigures() {
        return figures;
    }

    public String getMonthsChart() {
        return Charts.bars(Texts.get("feedback.stats.cases"), figures.byMonth().stream().map(c -> c.key().toString()).toList(),
                figures.byMonth().stream().map(CaseFigures.Count::count).toList());
    }

    public String getKindsChart() {
        return Charts.pie(figures.byKind().stream().map(c -> Texts.get(c.key().messageKey())).toList(),
                figures.byKind().stream().map(CaseFigures.Count::count).toList());
    }

    public String getCategoriesChart() {
        Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Charts.horizontalBars(Texts.get("feedback.stats.cases"), figures.byCategory().stream().map(c -> c.key().name(language)).toList(),
                figures.byCategory().stream().map(CaseFigures.Count::count).toList());
    }

    /** A rate as a percentage with one decimal, or a dash. */
    public String percent(Double rate) {
        return rate == null ? "–" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /** A figure with one decimal, or a dash. */
    public String decimal(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    public List<CaseFigures.Department> getDepartments() {
        return figures.departments();
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

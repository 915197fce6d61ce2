package city.civility.portal.ads.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import city.civility.portal.ads.AdFigures;
import city.civility.portal.ads.AdStatistics;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.Charts;

/**
 * The ads in figures ({@code /admin/ad-statistics.xhtml}, {@code ?ad=} for one): impressions and
 * clicks by day, placement and ad, downloads by ad; charts with tables of the same figures, and
 * the same as a workbook.
 */
@Named
@ViewScoped
public class AdStatisticsView implements Serializable {

    /** A month, unless the office chooses otherwise. */
    static final int DEFAULT_DAYS = 30;

    @Inject
    transient AdStatistics statistics;

    private Long ad;
    private String from;
    private String to;
    private AdFigures figures;

    /** The f:viewAction: the last 30 days, of every ad or of the one named by {@code ?ad=}. */
    public void load() {
        AdFigures.Days days = statistics.lastDays(DEFAULT_DAYS);
        from = days.first().toString();
        to = days.last().toString();
        figures = statistics.figures(days, ad, language());
    }

    /** The figures of the days typed; what is shown stays when they are not days. */
    public void read() {
        readTyped();
    }

    /** The workbook of the days typed, in the staff member's language. */
    public void download() {
        if (readTyped()) {
            AdFigures.Days days = figures.days();
            Faces.sendFile(AdStatisticsWorkbook.write(figures, language()),
                    Texts.get(language(), "ads.stats.fileName", days.first().toString(), days.last().toString()), true);
        }
    }

    private boolean readTyped() {
        AdFigures typed = Texts.attempt(() -> statistics.figures(new AdFigures.Days(day(from), day(to)), ad, language()));
        if (typed != null) {
            figures = typed;
        }
        return typed != null;
    }

    private static Locale language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static LocalDate day(String typed) {
        try {
            return typed == null ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public AdFigures getFigures() {
        return figures;
    }

    /** The one ad the figures are about, or null for all. */
    public AdFigures.PerAd getOneAd() {
        return ad == null || figures.byAd().isEmpty() ? null : figures.byAd().get(0);
    }

    public String getImpressionsChart() {
        return Charts.line(Texts.get("ads.stats.impressions"), figures.byDay().stream().map(d -> d.day().toString()).toList(),
                figures.byDay().stream().map(AdFigures.Day::impressions).toList());
    }

    public String getClicksChart() {
        return Charts.line(Texts.get("ads.stats.clicks"), figures.byDay().stream().map(d -> d.day().toString()).toList(),
                figures.byDay().stream().map(AdFigures.Day::clicks).toList());
    }

    public String getPlacementsChart() {
        return Charts.horizontalBars(Texts.get("ads.stats.impressions"), figures.byPlacement().stream().map(AdFigures.Placement::name).toList(),
                figures.byPlacement().stream().map(AdFigures.Placement::impressions).toList());
    }

    /** A rate as a percentage with two decimals (click rates are small), or a dash. */
    public String percent(Double rate) {
        return rate == null ? "–" : String.format(Locale.ROOT, "%.2f%%", rate * 100);
    }

    public Long getAd() {
        return ad;
    }

    public void setAd(Long ad) {
        this.ad = ad;
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

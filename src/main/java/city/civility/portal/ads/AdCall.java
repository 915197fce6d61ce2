package city.civility.portal.ads;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;

/**
 * 征集: the office's open call for works on a theme, open to residents and units from a day to a
 * day (both included, in the office's time zone), with its rules and the licence every author
 * grants by sending a work.
 */
@Entity
@Table(name = "ad_call")
public class AdCall {

    /** A call is open for at most a year. */
    static final int MAX_DAYS = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "theme_code")
    private AdTheme theme;

    @Column(nullable = false)
    private String rules;

    @Column(nullable = false)
    private String licence;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AdCall() {
    }

    AdCall(Terms terms, AdTheme theme, String by, Instant now) {
        take(terms, theme);
        createdBy = by;
        createdAt = now;
    }

    /** What the office writes about a call; {@link #cleaned()} checks it. */
    public record Terms(String title, String themeCode, String rules, String licence, LocalDate opensOn, LocalDate closesOn) {

        Terms cleaned() {
            String cleanTitle = TextLines.line(title);
            if (cleanTitle.isEmpty() || TextLines.length(cleanTitle) > 100) {
                throw new RuleViolation("ads.call.title.invalid", 100);
            }
            if (themeCode == null || themeCode.isBlank()) {
                throw new RuleViolation("ads.theme.required");
            }
            String cleanRules = TextLines.paragraphs(rules);
            if (TextLines.length(cleanRules) < 10 || TextLines.length(cleanRules) > 4000) {
                throw new RuleViolation("ads.call.rules.invalid", 10, 4000);
            }
            String cleanLicence = TextLines.paragraphs(licence);
            if (TextLines.length(cleanLicence) < 10 || TextLines.length(cleanLicence) > 2000) {
                throw new RuleViolation("ads.call.licence.invalid", 10, 2000);
            }
            if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn) || opensOn.until(closesOn, ChronoUnit.DAYS) >= MAX_DAYS) {
                throw new RuleViolation("ads.call.days.invalid", MAX_DAYS);
            }
            return new Terms(cleanTitle, themeCode, cleanRules, cleanLicence, opensOn, closesOn);
        }
    }

    void change(Terms terms, AdTheme newTheme) {
        take(terms, newTheme);
    }

    private void take(Terms terms, AdTheme newTheme) {
        title = terms.title();
        theme = newTheme;
        rules = terms.rules();
        licence = terms.licence();
        opensOn = terms.opensOn();
        closesOn = terms.closesOn();
    }

    /** Takes works on {@code today}. */
    public boolean isOpen(LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    /** A work sent on {@code today} is refused with the reason a resident understands. */
    void requireOpen(LocalDate today) {
        if (today.isBefore(opensOn)) {
            throw new RuleViolation("ads.call.notYetOpen", opensOn.toString());
        }
        if (today.isAfter(closesOn)) {
            throw new RuleViolation("ads.call.closed", closesOn.toString());
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public AdTheme getTheme() {
        return theme;
    }

    public String getRules() {
        return rules;
    }

    public String getLicence() {
        return licence;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public long getVersion() {
        return version;
    }
}

package city.civility.portal.ads;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.i18n.Names;

/** What an ad is about (社会主义核心价值观, 文明交通 …; V22 seeds seven, the office adds its own). */
@Entity
@Table(name = "ad_theme")
public class AdTheme {

    @Id
    private String code;

    @Embedded
    private Names names;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    protected AdTheme() {
    }

    /** A theme the office adds, after the others. */
    AdTheme(String code, Names names, int position) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,29}")) {
            throw new RuleViolation("ads.theme.codeInvalid");
        }
        this.code = code;
        this.names = names;
        this.position = position;
        this.active = true;
    }

    /** Renamed, or taken out of the editors' choice (its ads keep it). */
    void change(Names newNames, boolean stillActive) {
        names = newNames;
        active = stillActive;
    }

    public Names getNames() {
        return names;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String name(Locale language) {
        return names.in(language);
    }

    public boolean isActive() {
        return active;
    }
}

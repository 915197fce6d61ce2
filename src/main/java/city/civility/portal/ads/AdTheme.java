package city.civility.portal.ads;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

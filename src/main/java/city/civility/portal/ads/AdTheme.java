package city.civility.portal.ads;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import city.civility.portal.platform.i18n.Languages;

/** What an ad is about (社会主义核心价值观, 文明交通 …; V22 seeds seven, the office adds its own). */
@Entity
@Table(name = "ad_theme")
public class AdTheme {

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_zh_tw", nullable = false)
    private String nameZhTw;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

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
        if (Languages.TRADITIONAL.equals(language)) {
            return nameZhTw;
        }
        return "en".equals(language.getLanguage()) ? nameEn : nameZh;
    }

    public boolean isActive() {
        return active;
    }
}

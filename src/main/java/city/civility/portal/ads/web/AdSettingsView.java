package city.civility.portal.ads.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.ads.AdPlacement;
import city.civility.portal.ads.AdService;
import city.civility.portal.ads.AdSettings;
import city.civility.portal.ads.AdTheme;
import city.civility.portal.platform.i18n.Texts;

/**
 * The ad library's lists ({@code /admin/ad-settings.xhtml}, administrators): a theme or a
 * placement is chosen from its table into the form below it, or a new one typed there.
 */
@Named
@ViewScoped
public class AdSettingsView implements Serializable {

    @Inject
    transient AdSettings settings;

    @Inject
    transient AdService ads;

    private final Entry theme = new Entry();
    private boolean themeActive = true;
    private final Entry placement = new Entry();
    private Integer secondsEach = 10;

    /** What the form holds: the code (new, or the one chosen) and the name in the three languages. */
    public static class Entry implements Serializable {
        private String code;
        private boolean existing;
        private String simplified;
        private String traditional;
        private String english;

        void fill(String chosenCode, String zh, String tw, String en) {
            code = chosenCode;
            existing = true;
            simplified = zh;
            traditional = tw;
            english = en;
        }

        void clear() {
            code = null;
            existing = false;
            simplified = null;
            traditional = null;
            english = null;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code == null ? null : code.strip();
        }

        public boolean isExisting() {
            return existing;
        }

        public String getSimplified() {
            return simplified;
        }

        public void setSimplified(String simplified) {
            this.simplified = simplified;
        }

        public String getTraditional() {
            return traditional;
        }

        public void setTraditional(String traditional) {
            this.traditional = traditional;
        }

        public String getEnglish() {
            return english;
        }

        public void setEnglish(String english) {
            this.english = english;
        }
    }

    public List<AdTheme> getThemes() {
        return settings.themes();
    }

    public List<AdPlacement> getPlacements() {
        return ads.placements();
    }

    public void chooseTheme(AdTheme chosen) {
        theme.fill(chosen.getCode(), chosen.getNames().getSimplified(), chosen.getNames().getTraditional(), chosen.getNames().getEnglish());
        themeActive = chosen.isActive();
    }

    public void newTheme() {
        theme.clear();
        themeActive = true;
    }

    public void saveTheme() {
        AdTheme saved = Texts.attempt(() -> settings.saveTheme(theme.getCode(), theme.getSimplified(), theme.getTraditional(), theme.getEnglish(),
                themeActive));
        if (saved != null) {
            Texts.info("ads.settings.saved", saved.getNames().getSimplified());
            newTheme();
        }
    }

    public void choosePlacement(AdPlacement chosen) {
        placement.fill(chosen.getCode(), chosen.getNames().getSimplified(), chosen.getNames().getTraditional(), chosen.getNames().getEnglish());
        secondsEach = chosen.getSecondsEach();
    }

    public void newPlacement() {
        placement.clear();
        secondsEach = 10;
    }

    public void savePlacement() {
        AdPlacement saved = Texts.attempt(() -> settings.savePlacement(placement.getCode(), placement.getSimplified(), placement.getTraditional(),
                placement.getEnglish(), secondsEach));
        if (saved != null) {
            Texts.info("ads.settings.saved", saved.getNames().getSimplified());
            newPlacement();
        }
    }

    public Entry getTheme() {
        return theme;
    }

    public boolean isThemeActive() {
        return themeActive;
    }

    public void setThemeActive(boolean themeActive) {
        this.themeActive = themeActive;
    }

    public Entry getPlacement() {
        return placement;
    }

    public Integer getSecondsEach() {
        return secondsEach;
    }

    public void setSecondsEach(Integer secondsEach) {
        this.secondsEach = secondsEach;
    }
}

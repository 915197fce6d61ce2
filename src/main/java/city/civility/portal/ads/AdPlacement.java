package city.civility.portal.ads;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.i18n.Names;

/** A place ads are shown in: on the portal's pages or on one of the city's screens (V23 seeds five). */
@Entity
@Table(name = "ad_placement")
public class AdPlacement {

    @Id
    private String code;

    @Embedded
    private Names names;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlacementKind kind;

    /** How long each ad stays before the next, where the placement turns. */
    @Column(name = "seconds_each", nullable = false)
    private int secondsEach;

    @Column(nullable = false)
    private int position;

    /** How long an ad may stay before the next, where the placement turns. */
    static final int MIN_SECONDS = 3;
    static final int MAX_SECONDS = 300;

    protected AdPlacement() {
    }

    /** A screen the office adds (a lobby, a square's LED wall): its page is {@code /screen/{code}}. */
    AdPlacement(String code, Names names, int secondsEach, int position) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{1,29}")) {
            throw new RuleViolation("ads.placement.codeInvalid");
        }
        this.code = code;
        this.names = names;
        this.kind = PlacementKind.SCREEN;
        this.position = position;
        change(names, secondsEach);
    }

    void change(Names newNames, int seconds) {
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw new RuleViolation("ads.placement.secondsInvalid", MIN_SECONDS, MAX_SECONDS);
        }
        names = newNames;
        secondsEach = seconds;
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

    public PlacementKind getKind() {
        return kind;
    }

    public int getSecondsEach() {
        return secondsEach;
    }
}

package city.civility.portal.ads;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    protected AdPlacement() {
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

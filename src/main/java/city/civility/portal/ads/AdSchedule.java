package city.civility.portal.ads;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import city.civility.portal.platform.RuleViolation;

/**
 * A published ad on a placement from a day to a day (both included, the office's days), with a
 * weight: its share of the placement's turns is its weight over the weights of all on air.
 */
@Entity
@Table(name = "ad_schedule")
public class AdSchedule {

    static final int MAX_WEIGHT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ad_id")
    private Ad ad;

    @ManyToOne(optional = false)
    @JoinColumn(name = "placement_code")
    private AdPlacement placement;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private int weight;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AdSchedule() {
    }

    /** Only a published ad is scheduled, never into the past, and a weight from 1 to {@value #MAX_WEIGHT}. */
    AdSchedule(Ad ad, AdPlacement placement, LocalDate startsOn, LocalDate endsOn, Integer weight, LocalDate today, String by, Instant now) {
        if (!ad.isPublic()) {
            throw new RuleViolation("ads.schedule.notPublished");
        }
        if (startsOn == null || endsOn == null) {
            throw new RuleViolation("ads.schedule.daysRequired");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolation("ads.schedule.endsBeforeStart");
        }
        if (endsOn.isBefore(today)) {
            throw new RuleViolation("ads.schedule.past");
        }
        if (weight == null || weight < 1 || weight > MAX_WEIGHT) {
            throw new RuleViolation("ads.schedule.weightRange", MAX_WEIGHT);
        }
        this.ad = ad;
        this.placement = placement;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.weight = weight;
        this.createdBy = by;
        this.createdAt = now;
    }

    public boolean isOnAir(LocalDate day) {
        return ad.isPublic() && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long getId() {
        return id;
    }

    public Ad getAd() {
        return ad;
    }

    public AdPlacement getPlacement() {
        return placement;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getWeight() {
        return weight;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}

package city.civility.portal.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;

/** One of a campaign's categories (助人为乐 ...), and how many candidates are elected in it. */
@Entity
@Table(name = "campaign_category")
public class CampaignCategory {

    public static final int MAX_NAME = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int seats;

    protected CampaignCategory() {
    }

    CampaignCategory(Campaign campaign, int position, Campaign.CategoryPlan plan) {
        this.campaign = campaign;
        this.position = position;
        this.code = plan.code() == null ? "" : plan.code().strip();
        this.name = TextLines.line(plan.name());
        if (!code.matches("[A-Z_]{2,30}") || name.isEmpty() || TextLines.length(name) > MAX_NAME) {
            throw new RuleViolation("campaigns.category.invalid", String.valueOf(MAX_NAME));
        }
        if (plan.seats() < 1) {
            throw new RuleViolation("campaigns.category.seats");
        }
        this.seats = plan.seats();
    }

    void replan(int newPosition, String newName, int newSeats) {
        position = newPosition;
        name = newName;
        seats = newSeats;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    /** The name as the office wrote it, in Simplified Chinese (the national categories' names in the other languages are in the bundles). */
    public String getName() {
        return name;
    }

    public int getSeats() {
        return seats;
    }
}

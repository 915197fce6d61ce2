package city.civility.portal.campaigns;

import java.util.List;

/** A demo city's campaign as demo/campaigns.txt writes it (see campaigns.demo.CampaignDemo). */
public record DemoCampaign(String slug, String title, String summary, List<Nominee> nominees) {

    /** {@code unitName} is null for a resident's nomination. */
    public record Nominee(String categoryCode, String name, String district, String unitName, String story) {
    }
}

package city.civility.portal.campaigns.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.campaigns.CampaignService;
import city.civility.portal.campaigns.DemoCampaign;
import city.civility.portal.platform.StartupWork;

/**
 * Fills an empty portal with the demo city's two 道德模范 campaigns (demo/campaigns.txt,
 * fictional, written for the project): one voting now, one finished with its results. Off
 * with PORTAL_DEMO_CONTENT=false, like the other demos.
 */
@ApplicationScoped
public class CampaignDemo {

    private static final Logger LOG = Logger.getLogger(CampaignDemo.class.getName());
    private static final String UNIT = "单位:";

    @Inject
    @ConfigProperty(name = "portal.demo-content")
    boolean enabled;

    @Inject
    CampaignService campaigns;

    void load(@ObservesAsync StartupWork.Begun begun) {
        if (enabled) {
            int added = campaigns.loadDemo(parse(read()));
            if (added > 0) {
                LOG.info(() -> "event=campaigns-demo-loaded campaigns=" + added);
            }
        }
    }

    /** {@code === slug | title}, its summary, then {@code == CATEGORY | name | district | 单位:unit or 群众} and the story, for each nominee. */
    static List<DemoCampaign> parse(String text) {
        List<DemoCampaign> campaigns = new ArrayList<>();
        String[] campaign = null;
        String[] nominee = null;
        StringBuilder body = new StringBuilder();
        String summary = null;
        List<DemoCampaign.Nominee> nominees = new ArrayList<>();
        for (String line : (text + "\n===").split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            boolean next = line.startsWith("==");
            if (next && nominee != null) {
                nominees.add(new DemoCampaign.Nominee(nominee[0], nominee[1], nominee[2],
                        nominee[3].startsWith(UNIT) ? nominee[3].substring(UNIT.length()) : null, body.toString().strip()));
                nominee = null;
            } else if (next && campaign != null && summary == null) {
                summary = body.toString().strip();
            }
            if (line.startsWith("===")) {
                if (campaign != null) {
                    campaigns.add(new DemoCampaign(campaign[0], campaign[1], summary, List.copyOf(nominees)));
                }
                campaign = line.length() > 3 ? line.substring(3).strip().split("\\s*\\|\\s*") : null;
                summary = null;
                nominees.clear();
            } else if (next) {
                nominee = line.substring(2).strip().split("\\s*\\|\\s*");
            }
            if (next) {
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        return campaigns;
    }

    private static String read() {
        try (InputStream in = CampaignDemo.class.getResourceAsStream("/demo/campaigns.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package city.civility.portal.goodpeople.demo;

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

import city.civility.portal.goodpeople.Category;
import city.civility.portal.goodpeople.DemoEntry;
import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.platform.StartupWork;

/**
 * Fills an empty 身边好人 with the demo city's good people (demo/goodpeople.txt, fictional,
 * written for the project): last month's round with its published 好人榜, and this month's
 * round open for likes. Off with PORTAL_DEMO_CONTENT=false, like the news demo.
 */
@ApplicationScoped
public class GoodPeopleDemo {

    private static final Logger LOG = Logger.getLogger(GoodPeopleDemo.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-content")
    boolean enabled;

    @Inject
    GoodPeopleService goodPeople;

    void load(@ObservesAsync StartupWork.Begun begun) {
        if (enabled) {
            int added = goodPeople.loadDemo(parse(read()));
            if (added > 0) {
                LOG.info(() -> "event=goodpeople-demo-loaded entries=" + added);
            }
        }
    }

    static List<DemoEntry> parse(String text) {
        List<DemoEntry> entries = new ArrayList<>();
        String[] header = null;
        StringBuilder story = new StringBuilder();
        for (String line : (text + "\n==").split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("==")) {
                if (header != null) {
                    entries.add(new DemoEntry(header[0].equals("上月"), Category.valueOf(header[1]), header[2], header[3], header[4].equals("榜"),
                            Long.parseLong(header[5]), header[6], story.toString().strip()));
                }
                header = line.length() > 2 ? line.substring(2).strip().split("\\s*\\|\\s*") : null;
                story.setLength(0);
            } else if (header != null) {
                story.append(line).append('\n');
            }
        }
        return entries;
    }

    private static String read() {
        try (InputStream in = GoodPeopleDemo.class.getResourceAsStream("/demo/goodpeople.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

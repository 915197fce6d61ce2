package city.civility.portal.feedback.demo;

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

import city.civility.portal.feedback.CaseKind;
import city.civility.portal.feedback.CaseState;
import city.civility.portal.feedback.DemoCase;
import city.civility.portal.feedback.FeedbackService;
import city.civility.portal.platform.StartupWork;

/**
 * Fills an empty case list with the demo city's complaints and suggestions (demo/feedback.txt,
 * fictional), public and in every state an answered case passes through. Off with
 * PORTAL_DEMO_CONTENT=false, like the other demos.
 */
@ApplicationScoped
public class FeedbackDemo {

    private static final Logger LOG = Logger.getLogger(FeedbackDemo.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-content")
    boolean enabled;

    @Inject
    FeedbackService feedback;

    void load(@ObservesAsync StartupWork.Begun begun) {
        if (enabled) {
            int added = feedback.loadDemo(parse(read()));
            if (added > 0) {
                LOG.info(() -> "event=feedback-demo-loaded cases=" + added);
            }
        }
    }

    static List<DemoCase> parse(String text) {
        List<DemoCase> cases = new ArrayList<>();
        String[] header = null;
        StringBuilder description = new StringBuilder();
        StringBuilder answer = new StringBuilder();
        boolean inAnswer = false;
        for (String line : (text + "\n==").split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("==")) {
                if (header != null) {
                    cases.add(new DemoCase(CaseKind.valueOf(header[0]), header[1], header[2], Integer.parseInt(header[3]), CaseState.valueOf(header[4]),
                            header[5].isEmpty() ? 0 : Integer.parseInt(header[5]), header.length > 6 && !header[6].isEmpty() ? Integer.valueOf(header[6]) : null,
                            description.toString().strip(), answer.toString().strip()));
                }
                header = line.length() > 2 ? line.substring(2).strip().split("\\s*\\|\\s*", -1) : null;
                description.setLength(0);
                answer.setLength(0);
                inAnswer = false;
            } else if (line.equals("--")) {
                inAnswer = true;
            } else if (header != null) {
                (inAnswer ? answer : description).append(line).append('\n');
            }
        }
        return cases;
    }

    private static String read() {
        try (InputStream in = FeedbackDemo.class.getResourceAsStream("/demo/feedback.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

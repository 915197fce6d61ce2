package city.civility.portal.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core, run inside the browser on the page it shows now, against the WCAG 2.x A and AA
 * rules. Only what axe rates serious or critical fails a test: every such finding is listed
 * with its rule, impact, where it is on the page (a CSS selector) and what to do about it.
 * axe-core comes inside the test library; nothing is fetched.
 */
public final class Accessibility {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** Fails, listing every serious or critical violation on the page the browser shows. */
    public static void check(Browser browser) {
        List<String> found = violations(browser);
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " serious or critical accessibility violation(s) on "
                    + browser.driver().getCurrentUrl() + ":\n" + String.join("\n", found));
        }
    }

    /**
     * Every serious or critical violation on the page the browser shows, one line each:
     * {@code rule-id (impact) at selector: help [help url] — what is wrong}. {@code alsoRules} are axe rules
     * outside WCAG A and AA to check besides (the 长辈版's {@code color-contrast-enhanced}: text at 7:1).
     */
    public static List<String> violations(Browser browser, String... alsoRules) {
        browser.await(d -> "complete".equals(browser.script("return document.readyState;")));
        browser.awaitAjax();
        AxeBuilder axe = new AxeBuilder();
        if (alsoRules.length > 0) {
            Map<String, AxeRuleOptions> rules = new LinkedHashMap<>();
            for (String rule : alsoRules) {
                AxeRuleOptions enabled = new AxeRuleOptions();
                enabled.setEnabled(true);
                rules.put(rule, enabled);
            }
            AxeRunOptions options = new AxeRunOptions();
            options.setRules(rules);
            axe.withOptions(options); // axe runs the tagged rules and these besides
        }
        Results results = axe.withTags(WCAG_A_AA).analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + browser.driver().getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        for (String rule : alsoRules) { // a rule axe did not know or was not told to run would pass silently
            if (Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())
                    .flatMap(List::stream).noneMatch(r -> r.getId().equals(rule))) {
                throw new IllegalStateException("axe-core did not run " + rule + " on " + browser.driver().getCurrentUrl());
            }
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                if (FAILING.contains(impact)) {
                    found.add("  " + rule.getId() + " (" + impact + ") at " + target(node.getTarget()) + ": " + rule.getHelp()
                            + " [" + rule.getHelpUrl() + "]" + summary(node));
                }
            }
        }
        return found;
    }

    /** A node's selector; a list of selectors when it is inside frames or shadow roots. */
    private static String target(Object target) {
        if (target instanceof List<?> parts) {
            return parts.size() == 1 ? target(parts.get(0)) : parts.stream().map(Accessibility::target).toList().toString();
        }
        return String.valueOf(target);
    }

    private static String summary(CheckedNode node) {
        String summary = node.getFailureSummary();
        return summary == null || summary.isBlank() ? "" : "\n      " + summary.strip().replace("\n", "\n      ");
    }
}

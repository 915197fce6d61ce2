package city.civility.portal.ads.demo;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.ads.AdCall;
import city.civility.portal.ads.AdCalls;
import city.civility.portal.ads.AdDraft;
import city.civility.portal.ads.AdFormat;
import city.civility.portal.ads.AdService;
import city.civility.portal.ads.DemoAd;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.StartupWork;

/**
 * Fills an empty ad library with the demo city's dozen posters (demo/ads.txt, fictional, drawn
 * by {@link AdPosters} when the portal was built), published and on every placement, and opens a call for works for
 * two months from the first start. Off with PORTAL_DEMO_CONTENT=false,
 * like the other demos.
 */
@ApplicationScoped
public class AdsDemo {

    private static final Logger LOG = Logger.getLogger(AdsDemo.class.getName());
    static final String CALL_TITLE = "“文明餐桌”公益海报征集";
    static final String CALL_RULES = "面向全市市民、学校和单位征集以“文明餐桌、节约粮食”为主题的原创公益海报。\n"
            + "作品为横版图片，建议 1920×1080 像素以上，画面积极健康，广告语简洁易记，不含商业标识。\n"
            + "每人（单位）最多投稿 5 件。采用的作品署名收入公益广告库，在本网站和全市公益广告阵地展示。";
    static final String CALL_LICENCE = "作者授权江川市文明办及其指定单位在公益宣传中免费、非独占地使用、复制、展示作品，"
            + "可调整尺寸以适应投放位置，使用时保留作者署名；作者保留著作权。";
    static final String RIGHTS = "免费用于本市公益宣传，须保留制作单位署名，不得修改广告语，不得用于商业用途。";

    @Inject
    @ConfigProperty(name = "portal.demo-content")
    boolean enabled;

    @Inject
    AdService ads;

    @Inject
    AdCalls calls;

    @Inject
    PortalClock clock;

    void load(@ObservesAsync StartupWork.Begun begun) {
        if (enabled) {
            int added = ads.loadDemo(parse(read(), AdsDemo::drawnPoster));
            if (added > 0) {
                LOG.info(() -> "event=ads-demo-loaded ads=" + added);
            }
            LocalDate today = clock.now().atZone(PortalClock.ZONE).toLocalDate();
            if (calls.loadDemo(new AdCall.Terms(CALL_TITLE, "SAVE_FOOD", CALL_RULES, CALL_LICENCE, today, today.plusDays(59)))) {
                LOG.info("event=ads-demo-call-opened");
            }
        }
    }

    /** The file's ads, each with its poster as {@code posters} gives it. */
    static List<DemoAd> parse(String text, Function<DemoPoster, byte[]> posters) {
        List<DemoAd> demo = new ArrayList<>();
        for (String block : text.split("(?m)^== ")) {
            if (block.startsWith("#") || block.isBlank()) {
                continue;
            }
            String[] parts = block.split("(?m)^--$");
            String[] lines = parts[0].strip().split("\n");
            String[] header = lines[0].split("\\s*\\|\\s*");
            List<String> slogan = List.of(lines).subList(1, lines.length);
            String[] colours = header[4].split(",");
            String title = header[0];
            AdDraft draft = new AdDraft(title, header[1], AdFormat.PICTURE, parts[2].strip(), parts[1].strip(), header[3],
                    Integer.parseInt(header[2]), RIGHTS, null, header[1].equals("CORE_VALUES") ? "核心价值观" : "");
            Map<String, Integer> placements = new LinkedHashMap<>();
            for (String placement : header[6].split("\\s*,\\s*")) {
                placements.put(placement.substring(0, placement.indexOf(':')), Integer.parseInt(placement.substring(placement.indexOf(':') + 1)));
            }
            DemoPoster poster = new DemoPoster(demo.size() + 1, header[5],
                    Color.decode("#" + colours[0]), Color.decode("#" + colours[1]), slogan, header[3]);
            demo.add(new DemoAd(draft, title.replace(' ', '-') + ".jpg", posters.apply(poster), placements));
        }
        return demo;
    }

    static String read() {
        try (InputStream in = AdsDemo.class.getResourceAsStream("/demo/ads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The poster as the build drew it. */
    static byte[] drawnPoster(DemoPoster poster) {
        try (InputStream in = AdsDemo.class.getResourceAsStream("/" + DemoPoster.FOLDER + "/" + poster.resourceName())) {
            if (in == null) {
                throw new IllegalArgumentException("no poster " + poster.resourceName() + " (drawn by the build's process-classes step)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

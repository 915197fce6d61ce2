package city.civility.portal.platform.web;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Chart.js configurations for {@code <p:chart value="...">}, one series each. PrimeFaces writes
 * the configuration into the page's script as it is, and labels may be residents' words (a
 * district), so no {@code <} is left in it: {@code </script>} in a label cannot end the script.
 * A chart is a picture: the page shows the same figures in a table beside it.
 */
public final class Charts {

    /** The portal's red (portal.css, --red). */
    private static final String RED = "#b4161b";

    private Charts() {
    }

    /** Bars standing on the labels (months, say). */
    public static String bars(String series, List<String> labels, List<Long> values) {
        return cartesian("bar", "x", series, labels, values);
    }

    /** Bars lying along the labels: for long labels such as districts. */
    public static String horizontalBars(String series, List<String> labels, List<Long> values) {
        return cartesian("bar", "y", series, labels, values);
    }

    public static String line(String series, List<String> labels, List<Long> values) {
        return cartesian("line", "x", series, labels, values);
    }

    /** Shares of a whole, coloured by Chart.js's own palette, with a legend. */
    public static String pie(List<String> labels, List<Long> values) {
        return safe(Json.createObjectBuilder()
                .add("type", "pie")
                .add("data", Json.createObjectBuilder().add("labels", strings(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", numbers(values)))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "right")))));
    }

    private static String cartesian(String type, String labelAxis, String series, List<String> labels, List<Long> values) {
        String valueAxis = "x".equals(labelAxis) ? "y" : "x";
        return safe(Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", strings(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", series).add("data", numbers(values)).add("backgroundColor", RED).add("borderColor", RED))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", labelAxis)
                        .add("maintainAspectRatio", false)
                        // one series: its name is the chart's heading already
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        // counts: from zero, in whole steps
                        .add("scales", Json.createObjectBuilder().add(valueAxis, Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0))))));
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder numbers(List<Long> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    /** JSON has {@code <} only inside strings, where its escape means the same. */
    private static String safe(JsonObjectBuilder config) {
        return config.build().toString().replace("<", "\\u003c");
    }
}

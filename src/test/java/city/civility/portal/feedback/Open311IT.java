package city.civility.portal.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import city.civility.portal.testing.FeedbackFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.PrivateValues;
import city.civility.portal.testing.Visitor;

/**
 * A scripted Open311 client walks GeoReport v2 in XML and JSON: discovery, the services and a
 * definition, a request posted with and without a valid key and with missing and bad fields,
 * the requests, one request and its token. Every XML answer is well-formed and every JSON answer
 * parses; errors are the spec's list with 400, 403 or 404. A request is a case like the form's.
 */
class Open311IT {

    private static final String BASE = "/open311/v2/";
    private final Visitor client = new Visitor().sending("X-Forwarded-For", "203.0.113.31");

    private static Document xml(HttpResponse<String> answer) throws Exception {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), answer.headers().toString());
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonStructure json(HttpResponse<String> answer) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), answer.headers().toString());
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.read();
        }
    }

    private static String text(Document document, String tag) {
        return document.getElementsByTagName(tag).getLength() == 0 ? null : document.getElementsByTagName(tag).item(0).getTextContent();
    }

    private void error(HttpResponse<String> answer, int status, String says) throws Exception {
        assertEquals(status, answer.statusCode(), answer.body());
        if (answer.uri().getPath().endsWith(".json")) {
            JsonObject error = json(answer).asJsonArray().getJsonObject(0);
            assertEquals(status, error.getInt("code"));
            assertTrue(error.getString("description").contains(says), error.toString());
        } else {
            Document errors = xml(answer);
            assertEquals("errors", errors.getDocumentElement().getTagName());
            assertEquals(String.valueOf(status), text(errors, "code"));
            assertTrue(text(errors, "description").contains(says), answer.body());
        }
    }

    private HttpResponse<String> post(String format, Map<String, String> fields) {
        return client.post(BASE + "requests." + format, fields);
    }

    private static Map<String, String> request(String key) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (key != null) {
            fields.put("api_key", key);
        }
        fields.put("service_code", "NOISE");
        fields.put("lat", "30.2741");
        fields.put("long", "120.1551");
        fields.put("address_string", "江川市新城花园小区3号楼");
        fields.put("description", "小区旁工地每天晚上十一点后还在打桩，噪音很大，已经持续一周了。");
        fields.put("email", PrivateValues.contact("open311-" + System.nanoTime() + "@example.com"));
        fields.put("attribute[kind]", "COMPLAINT");
        fields.put("attribute[publish]", "true");
        return fields;
    }

    @Test
    void discoveryServicesAndADefinitionInBothFormats() throws Exception {
        Document discovery = xml(client.get(BASE + "discovery.xml"));
        assertEquals("http://wiki.open311.org/GeoReport_v2", text(discovery, "specification"));
        assertTrue(text(discovery, "url").endsWith("/open311/v2"));
        assertEquals(2, discovery.getElementsByTagName("format").getLength());
        JsonObject discoveryJson = json(client.get(BASE + "discovery.json")).asJsonObject();
        assertEquals("application/json", discoveryJson.getJsonArray("endpoints").getJsonObject(0).getJsonArray("formats").getString(1));

        Document services = xml(client.get(BASE + "services.xml"));
        assertEquals("services", services.getDocumentElement().getTagName());
        assertTrue(services.getElementsByTagName("service").getLength() >= 8, "every category a service");
        JsonArray servicesJson = json(client.get(BASE + "services.json")).asJsonArray();
        JsonObject noise = servicesJson.stream().map(v -> v.asJsonObject()).filter(s -> s.getString("service_code").equals("NOISE")).findFirst()
                .orElseThrow();
        assertEquals("噪音扰民", noise.getString("service_name"));
        assertTrue(noise.getBoolean("metadata"));
        assertEquals("realtime", noise.getString("type"));

        Document definition = xml(client.get(BASE + "services/NOISE.xml"));
        assertEquals("NOISE", text(definition, "service_code"));
        assertEquals(2, definition.getElementsByTagName("attribute").getLength());
        JsonObject definitionJson = json(client.get(BASE + "services/NOISE.json")).asJsonObject();
        assertEquals("singlevaluelist", definitionJson.getJsonArray("attributes").getJsonObject(0).getString("datatype"));
        assertEquals(3, definitionJson.getJsonArray("attributes").getJsonObject(0).getJsonArray("values").size(), "complaint, suggestion, snapshot");

        error(client.get(BASE + "services/NO_SUCH.xml"), 404, "NO_SUCH");
        error(client.get(BASE + "services/NO_SUCH.json"), 404, "NO_SUCH");
        error(client.get(BASE + "whatever.json"), 404, "/open311/v2/");
    }

    @Test
    void aRequestNeedsAValidKeyAndItsFieldsAndIsThenACase() throws Exception {
        error(post("xml", request(null)), 403, "api_key");
        error(post("json", request("not-a-key")), 403, "api_key");
        Map<String, String> noCode = request(PortalServer.OPEN311_KEY);
        noCode.remove("service_code");
        error(post("json", noCode), 400, "service_code");
        Map<String, String> unknown = request(PortalServer.OPEN311_KEY);
        unknown.put("service_code", "NO_SUCH");
        error(post("xml", unknown), 404, "NO_SUCH");
        Map<String, String> nowhere = request(PortalServer.OPEN311_KEY);
        nowhere.remove("lat");
        nowhere.remove("address_string");
        error(post("json", nowhere), 400, "address_string");
        Map<String, String> badLat = request(PortalServer.OPEN311_KEY);
        badLat.put("lat", "north");
        error(post("xml", badLat), 400, "lat");
        Map<String, String> shortText = request(PortalServer.OPEN311_KEY);
        shortText.put("description", "太吵");
        error(post("json", shortText), 400, "情况描述请写 10 到 2000 个字");
        Map<String, String> badMail = request(PortalServer.OPEN311_KEY);
        badMail.put("email", "not an address");
        error(post("xml", badMail), 400, "请填写正确的手机号码或电子邮箱");
        Map<String, String> badKind = request(PortalServer.OPEN311_KEY);
        badKind.put("attribute[kind]", "PRAISE");
        error(post("json", badKind), 400, "请选择类型");
        Map<String, String> english = request("not-a-key");
        assertTrue(new Visitor().sending("Accept-Language", "en").post(BASE + "requests.json", english).body().contains("api_key is missing or not valid"),
                "the description in the caller's language");

        Document created = xml(post("xml", request(PortalServer.OPEN311_KEY)));
        String id = text(created, "service_request_id");
        assertTrue(id.matches("TS-20[0-9]{2}-[0-9]{6,}"), id);
        JsonObject createdJson = json(post("json", request(PortalServer.OPEN311_KEY))).asJsonArray().getJsonObject(0);
        String other = createdJson.getString("service_request_id");
        assertEquals(other, createdJson.getString("token"));

        // The same case as the form's: on the office's inbox side, in the database, from Open311.
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM feedback_event WHERE case_id = ? AND kind = 'RECEIVED' AND note = ?")) {
            s.setLong(1, FeedbackFixtures.id(id));
            s.setString(2, "Open311: configured");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(1, r.getInt(1), "received through Open311, by the configured client");
            }
        }

        // Before the office takes it up, anyone reading it sees the status, not the resident's words.
        Document one = xml(client.get(BASE + "requests/" + id + ".xml"));
        assertEquals("open", text(one, "status"));
        assertEquals("NOISE", text(one, "service_code"));
        assertEquals(null, text(one, "description"), "not public yet");
        assertTrue(text(one, "requested_datetime").matches("20[0-9-]{8}T[0-9:]{8}\\+08:00"), text(one, "requested_datetime"));

        FeedbackFixtures.accept(id);
        JsonObject accepted = json(client.get(BASE + "requests/" + id + ".json")).asJsonArray().getJsonObject(0);
        assertTrue(accepted.getString("description").contains("打桩"), "public once taken up, the resident having agreed");
        assertEquals("江川市新城花园小区3号楼", accepted.getString("address"));
        assertEquals(30.2741, accepted.getJsonNumber("lat").doubleValue(), 1e-9);
        assertFalse(accepted.toString().contains("@example.com"), "never the contact");

        JsonArray both = json(client.get(BASE + "requests.json?service_request_id=" + id + "," + other)).asJsonArray();
        assertEquals(2, both.size());
        JsonArray openNoise = json(client.get(BASE + "requests.json?service_code=NOISE&status=open")).asJsonArray();
        assertTrue(openNoise.stream().anyMatch(r -> r.asJsonObject().getString("service_request_id").equals(id)));
        assertTrue(openNoise.size() <= FeedbackService.OPEN311_MAX);
        JsonArray closed = json(client.get(BASE + "requests.json?service_request_id=" + id + "&status=closed")).asJsonArray();
        assertEquals(0, closed.size());
        Document dated = xml(client.get(BASE + "requests.xml?start_date=" + URLEncoder.encode("2000-01-01T00:00:00+08:00", StandardCharsets.UTF_8)
                + "&end_date=" + URLEncoder.encode("2000-12-31T00:00:00+08:00", StandardCharsets.UTF_8)));
        assertEquals(0, dated.getElementsByTagName("request").getLength(), "nothing received in 2000");
        error(client.get(BASE + "requests.json?start_date=yesterday"), 400, "start_date");
        error(client.get(BASE + "requests.xml?status=pending"), 400, "status");
        error(client.get(BASE + "requests/TS-1999-999999.json"), 404, "TS-1999-999999");

        Document token = xml(client.get(BASE + "tokens/" + other + ".xml"));
        assertEquals(other, text(token, "service_request_id"));
        error(client.get(BASE + "tokens/nothing.json"), 404, "nothing");
        Element root = token.getDocumentElement();
        assertEquals("service_requests", root.getTagName());
    }
}

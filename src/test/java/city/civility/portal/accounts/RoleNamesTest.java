package city.civility.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.StaffRoles;

/** A role given to a user is the role the services and pages check: one set of names. */
class RoleNamesTest {

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field field : StaffRoles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertEquals(field.getName(), field.get(null), "a constant holds its own name");
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    @Test
    void theRolesUsersHoldAreTheRolesServicesCheck() throws IllegalAccessException {
        assertEquals(constants(), Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Comments, character and string literals of Java source, in order, so a quote inside one is not taken for another. */
    private static final Pattern TOKENS = Pattern.compile(
            "//[^\n]*|/\\*[\\s\\S]*?\\*/|'(?:\\\\.|[^'\\\\])*'|\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\n])*\"");

    @Test
    void javaNamesARoleOnlyByItsConstant() throws IOException, IllegalAccessException {
        Pattern role = Pattern.compile("\\b(" + String.join("|", constants()) + ")\\b");
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(f -> f.toString().endsWith(".java") && !f.endsWith("StaffRoles.java")).toList()) {
                Matcher token = TOKENS.matcher(Files.readString(file));
                while (token.find()) {
                    if (token.group().startsWith("\"") && role.matcher(token.group()).find()) {
                        found.add(file.getFileName() + ": " + token.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "role names in string literals: use platform.StaffRoles (or accounts.Role)");
    }

    @Test
    void thePagesAskOnlyForThoseRoles() throws IOException, IllegalAccessException {
        Matcher m = Pattern.compile("<role-name>\\s*([^<\\s]+)\\s*</role-name>").matcher(Files.readString(Path.of("webapp/WEB-INF/web.xml")));
        Set<String> used = new TreeSet<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        assertFalse(used.isEmpty(), "web.xml guards the staff pages");
        used.removeAll(constants());
        assertEquals(Set.of(), used, "roles web.xml asks for that no user can hold");
    }
}

package bank.bonafide.identity.access.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The versioned definition of Bonafide's realm roles ({@code staff-roles/roles.json}): what Keycloak must hold,
 * and which roles are privileged (granting one needs a second administrator).
 *
 * @param version raised with every change; written on each role as attribute {@code bonafide.definition-version}
 */
public record StaffRoleDefinition(int version, List<Role> roles) {

    /** Where the definition lives on the module's class path. */
    public static final String RESOURCE = "staff-roles/roles.json";

    public record Role(String name, String description, boolean privileged) {
    }

    public StaffRoleDefinition {
        roles = List.copyOf(roles);
    }

    public Optional<Role> role(String name) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The definition shipped with this build (read once: it cannot change while the application runs). */
    public static StaffRoleDefinition load() {
        return Shipped.DEFINITION;
    }

    private static final class Shipped {
        static final StaffRoleDefinition DEFINITION = read();
    }

    private static StaffRoleDefinition read() {
        try (InputStream in = StaffRoleDefinition.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the identity module");
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject json = reader.readObject();
                return new StaffRoleDefinition(json.getInt("version"), json.getJsonArray("roles").getValuesAs(JsonObject.class).stream()
                        .map(r -> new Role(r.getString("name"), r.getString("description"), r.getBoolean("privileged")))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

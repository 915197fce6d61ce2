package city.civility.portal.platform.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the search index directory exists (or can be made) and is writable. */
@Readiness
@ApplicationScoped
public class IndexDirectoryReadiness implements HealthCheck {

    @Inject
    @ConfigProperty(name = "portal.index.dir")
    String indexDir;

    @Override
    public HealthCheckResponse call() {
        Path dir = Path.of(indexDir);
        boolean writable;
        try {
            Files.createDirectories(dir);
            writable = Files.isWritable(dir);
        } catch (IOException | SecurityException e) {
            writable = false;
        }
        return HealthCheckResponse.named("search-index-directory").status(writable).build();
    }
}

package city.civility.portal.platform.participation;

import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for rate limits. Behind a proxy every request comes
 * from the proxy, which names the client in {@code X-Forwarded-For}; anyone can send that
 * header, so it is believed only from the proxies named in {@code portal.trusted-proxies}.
 */
@ApplicationScoped
public class ClientAddress {

    /** The proxies' addresses, separated by commas. */
    @Inject
    @ConfigProperty(name = "portal.trusted-proxies")
    Optional<String> trustedProxies;

    private Set<String> trusted;

    @PostConstruct
    void readTrustedProxies() {
        trusted = trustedProxies.stream().flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip).filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        // A header sent several times is one list (RFC 9110).
        return resolve(request.getRemoteAddr(), String.join(",", Collections.list(request.getHeaders("X-Forwarded-For"))), trusted);
    }

    /**
     * The client: walking {@code X-Forwarded-For} from the right (each proxy appends the
     * address it was called from), the first address that is not a trusted proxy. A client
     * may write anything on the left; only what trusted proxies appended counts.
     */
    static String resolve(String remoteAddress, String forwardedFor, Set<String> trusted) {
        if (!trusted.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        String client = remoteAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            client = hops[i].strip();
            if (!trusted.contains(client)) {
                break;
            }
        }
        return client.isEmpty() ? remoteAddress : client;
    }
}

package city.civility.portal.campaigns;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.participation.SiteSecrets;

/**
 * Who a voter is, without keeping who they are: a keyed hash of their phone (under the
 * portal's own secret) and of their resident ID number (under {@code portal.voting.id-secret},
 * PORTAL_VOTING_ID_SECRET, a secret the city keeps outside the database, so a copy of the
 * database cannot be searched for an ID number). Both are per campaign: ballots of two
 * campaigns cannot be joined by voter.
 */
@ApplicationScoped
public class VoterKeys {

    private static final Logger LOG = Logger.getLogger(VoterKeys.class.getName());
    static final int MIN_SECRET_LENGTH = 32;

    @Inject
    SiteSecrets secrets;

    @Inject
    @ConfigProperty(name = "portal.voting.id-secret")
    Optional<String> idSecret;

    private SecretKeySpec idKey;

    @PostConstruct
    void readSecret() {
        idSecret.map(String::strip).ifPresent(secret -> {
            if (secret.length() < MIN_SECRET_LENGTH) {
                LOG.warning(() -> "event=voting-id-secret-too-short length=" + secret.length() + " min=" + MIN_SECRET_LENGTH
                        + " (campaigns that check ID numbers cannot take ballots)");
            } else {
                idKey = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            }
        });
    }

    /** Whether ID numbers can be hashed: the secret is configured. */
    public boolean checksIds() {
        return idKey != null;
    }

    String phoneKey(long campaignId, String phone) {
        return secrets.hash("voter-phone", campaignId + ":" + phone);
    }

    String idKey(long campaignId, ResidentIdNumber number) {
        if (idKey == null) {
            throw new RuleViolation("campaigns.vote.idUnavailable");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(idKey);
            return HexFormat.of().formatHex(mac.doFinal((campaignId + ":" + number.value()).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java", e);
        }
    }
}

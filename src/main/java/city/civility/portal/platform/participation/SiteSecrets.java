package city.civility.portal.platform.participation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keyed hashes (HMAC-SHA256) under keys that every instance shares: each key is made once,
 * by the first instance that needs it, and kept in the database ({@code site_secret}). Held
 * in memory after the first read; a key never changes while the portal runs.
 */
@ApplicationScoped
public class SiteSecrets {

    @Inject
    SecretStore store;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    /** The HMAC of {@code text} under the key named {@code name}, as 64 hex digits. */
    public String hash(String name, String text) {
        return HexFormat.of().formatHex(mac(name, text));
    }

    /** The HMAC of {@code text}, URL-safe Base64 without padding, for tokens. */
    public String sign(String name, String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(name, text));
    }

    /** Whether {@code signature} is {@link #sign(String, String)} of {@code text}, compared in constant time. */
    public boolean verify(String name, String text, String signature) {
        return signature != null && MessageDigest.isEqual(sign(name, text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String name, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.computeIfAbsent(name, this::readOrMake), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java", e);
        }
    }

    private byte[] readOrMake(String name) {
        try {
            return store.readOrMake(name);
        } catch (EJBException raced) {
            return store.readOrMake(name); // another instance made it at the same moment: read theirs
        }
    }
}

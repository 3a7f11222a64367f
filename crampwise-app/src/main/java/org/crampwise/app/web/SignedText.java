package org.crampwise.app.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Text that comes back from a client as it was given: {@code base64url(payload).base64url(HMAC)}.
 * Any server holding the same secret can read what another wrote; an altered text is refused.
 */
public final class SignedText {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public SignedText(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String write(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
    }

    /** The payload, or empty when the text is missing, malformed, longer than {@code maxLength} or altered. */
    public Optional<String> read(String text, int maxLength) {
        if (text == null || text.length() > maxLength) {
            return Optional.empty();
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = B64D.decode(text.substring(0, dot));
            byte[] sig = B64D.decode(text.substring(dot + 1));
            return MessageDigest.isEqual(sig, mac(payload))
                    ? Optional.of(new String(payload, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not base64url
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.crampwise.app.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id, and the password policy.
 *
 * <p>Parameters: memory 19 MiB (19456 KiB), 2 iterations, parallelism 1, a 16-byte random salt
 * and a 32-byte hash. This is the minimum configuration recommended by the OWASP Password Storage
 * Cheat Sheet ("Argon2id with a minimum configuration of 19 MiB of memory, an iteration count of
 * 2, and 1 degree of parallelism"):
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
 *
 * <p>Hashes are stored as PHC strings, {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}
 * (standard Base64 without padding, as the reference implementation writes them). Verification
 * reads the parameters from the string, so they can be raised later without breaking old hashes
 * ({@link #needsRehash} tells when a hash was made with other parameters).
 *
 * <p>Passwords are normalised to Unicode NFKC before hashing, so the same password typed on two
 * keyboards that produce different code points for it still matches (NIST SP 800-63B 5.1.1.2).
 *
 * <p>Policy: at least {@value #MIN_LENGTH} characters (code points) and not one of the well-known
 * common passwords in {@code common-passwords.txt} (compared ignoring case).
 */
public final class Passwords {
    public static final int MIN_LENGTH = 8;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    /** Why a password is refused. */
    public enum Problem {
        TOO_SHORT,
        TOO_COMMON
    }

    /**
     * The work of one hash. {@link #OWASP} is what a server uses (no setting changes it); a test of
     * something other than passwords may take a cheaper one so that a suite registering hundreds
     * of accounts does not spend minutes hashing.
     */
    public record Cost(int memoryKib, int iterations) {
        public static final Cost OWASP = new Cost(MEMORY_KIB, ITERATIONS);
    }

    private final SecureRandom random = new SecureRandom();
    private final Set<String> common;
    private final Cost cost;
    /** Verified against when an e-mail is unknown, so that costs what a known one costs. */
    private volatile String dummy;

    public Passwords() {
        this(Cost.OWASP);
    }

    public Passwords(Cost cost) {
        this.common = loadCommon();
        this.cost = cost;
    }

    /** A hash of no one's password with this cost, made once (never during a sign-in, if asked early). */
    public String dummyHash() {
        String d = dummy;
        if (d == null) {
            d = hash("not a password of anyone: only spends the time");
            dummy = d;
        }
        return d;
    }

    /** What is wrong with a new password, or empty when the policy accepts it. */
    public Optional<Problem> problem(String password) {
        String p = normalise(password);
        if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (common.contains(p.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.TOO_COMMON);
        }
        return Optional.empty();
    }

    /** The PHC string of a new Argon2id hash of the password, with a new random salt. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, cost.memoryKib(), cost.iterations(), PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * Whether the password matches the PHC string; compares in constant time. A string that is not
     * an Argon2id PHC string this class could have written never matches.
     */
    public boolean verify(String password, String encoded) {
        Matcher m = PHC.matcher(encoded == null ? "" : encoded);
        if (!m.matches()) {
            return false;
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int parallelism = Integer.parseInt(m.group(3));
        if (memory < 8 * parallelism || iterations < 1 || parallelism < 1 || memory > 1024 * 1024) {
            return false;
        }
        byte[] salt;
        byte[] expected;
        try {
            salt = B64_DECODER.decode(m.group(4));
            expected = B64_DECODER.decode(m.group(5));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (salt.length < 8 || expected.length < 16 || expected.length > 64) {
            return false;
        }
        byte[] actual = argon2(password, salt, memory, iterations, parallelism, expected.length);
        return MessageDigest.isEqual(actual, expected);
    }

    /** Whether a stored hash was made with other parameters than the current ones. */
    public boolean needsRehash(String encoded) {
        Matcher m = PHC.matcher(encoded == null ? "" : encoded);
        return !m.matches()
                || Integer.parseInt(m.group(1)) != cost.memoryKib()
                || Integer.parseInt(m.group(2)) != cost.iterations()
                || Integer.parseInt(m.group(3)) != PARALLELISM;
    }

    private static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
            int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] secret = normalise(password).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    private static String normalise(String password) {
        return Normalizer.normalize(password == null ? "" : password, Normalizer.Form.NFKC);
    }

    /** The common passwords refused at registration (lower case), sorted: the OpenAPI document lists them. */
    public static java.util.List<String> commonPasswords() {
        return loadCommon().stream().sorted().toList();
    }

    private static Set<String> loadCommon() {
        Set<String> out = new HashSet<>();
        try (InputStream in = Passwords.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String p = line.strip();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    out.add(normalise(p).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}

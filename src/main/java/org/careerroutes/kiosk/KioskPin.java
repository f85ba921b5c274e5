package org.careerroutes.kiosk;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * The PIN that lets staff leave kiosk mode, kept only as a salted PBKDF2 hash (from the JDK:
 * no PIN is ever stored). Checking an attempt takes a few hundred milliseconds on purpose; do
 * it off the JavaFX thread.
 */
public final class KioskPin {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023); stored with each hash, so it can change. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /**
     * More than a stored PIN may ask for: checking one attempt would take seconds (about 4 s here),
     * with the prompt stuck on "Checking" meanwhile.
     */
    public static final int MAX_ITERATIONS = 10_000_000;
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 12;

    static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    static final int HASH_BYTES = HASH_BITS / 8;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private KioskPin(int iterations, byte[] salt, byte[] hash) {
        if (iterations < 1 || salt.length == 0 || hash.length == 0) {
            throw new IllegalArgumentException("a PIN hash needs iterations, a salt and a hash");
        }
        this.iterations = iterations;
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    /** What is wrong with a new PIN, if anything: it must be 4 to 12 digits (0-9). */
    public static Optional<String> problem(char[] pin) {
        if (pin.length < MIN_DIGITS || pin.length > MAX_DIGITS) {
            return Optional.of("the PIN must be " + MIN_DIGITS + " to " + MAX_DIGITS + " digits long");
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return Optional.of("the PIN must be digits only (0 to 9)");
            }
        }
        return Optional.empty();
    }

    /** Hashes a new PIN with a fresh random salt. */
    public static KioskPin create(char[] pin) {
        return create(pin, DEFAULT_ITERATIONS, new SecureRandom());
    }

    /** As {@link #create(char[])}, with fewer iterations for tests. */
    public static KioskPin create(char[] pin, int iterations, SecureRandom random) {
        problem(pin).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new KioskPin(iterations, salt, derive(pin, salt, iterations));
    }

    /**
     * A stored hash, as read back from the kiosk settings, trusted only when it is as strong as
     * this version writes: {@link #DEFAULT_ITERATIONS} or more (a file that says fewer was not
     * written by us, or was weakened), a salt of at least 16 bytes and a hash of exactly 32.
     *
     * @throws IllegalArgumentException saying what is wrong, when it is not
     */
    public static KioskPin of(int iterations, byte[] salt, byte[] hash) {
        return of(iterations, salt, hash, DEFAULT_ITERATIONS);
    }

    /**
     * As {@link #of(int, byte[], byte[])}, trusting as few as {@code leastIterations}: for tests,
     * which hash with fewer so that a check takes milliseconds.
     */
    public static KioskPin of(int iterations, byte[] salt, byte[] hash, int leastIterations) {
        damage(iterations, salt.length, hash.length, leastIterations).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        return new KioskPin(iterations, salt, hash);
    }

    /** What makes a stored hash untrustworthy, if anything; it starts with the setting's name ({@code pin.hash ...}). */
    static Optional<String> damage(int iterations, int saltBytes, int hashBytes, int leastIterations) {
        if (iterations < leastIterations) {
            return Optional.of("pin.iterations is " + iterations + ", fewer than the " + leastIterations + " this version writes");
        }
        if (iterations > MAX_ITERATIONS) {
            return Optional.of("pin.iterations is " + iterations + ", more than " + MAX_ITERATIONS);
        }
        if (saltBytes < SALT_BYTES) {
            return Optional.of("pin.salt is " + saltBytes + " bytes, not at least " + SALT_BYTES);
        }
        if (hashBytes != HASH_BYTES) {
            return Optional.of("pin.hash is " + hashBytes + " bytes, not " + HASH_BYTES);
        }
        return Optional.empty();
    }

    /** True when the attempt is the PIN. Compares in constant time. */
    public boolean matches(char[] attempt) {
        return MessageDigest.isEqual(hash, derive(attempt, salt, iterations));
    }

    public int iterations() {
        return iterations;
    }

    public byte[] salt() {
        return salt.clone();
    }

    public byte[] hash() {
        return hash.clone();
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java SE runtime has PBKDF2WithHmacSHA256.
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a PIN held in memory once it is no longer needed. */
    public static void wipe(char[] pin) {
        Arrays.fill(pin, '\0');
    }
}

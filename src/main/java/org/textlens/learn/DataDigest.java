package org.textlens.learn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of training data, fed piece by piece (file bytes, or each instance's id, text and label
 * as the trainer reads them). Each string is length-prefixed, so boundaries cannot shift.
 */
public final class DataDigest {
    private final MessageDigest sha;

    public DataDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    public DataDigest add(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(b);
        return this;
    }

    public DataDigest add(byte[] bytes) {
        sha.update(bytes);
        return this;
    }

    /** The digest in lower-case hex; the digest cannot be added to afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String of(byte[] bytes) {
        return new DataDigest().add(bytes).hex();
    }
}

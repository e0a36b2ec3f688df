package dev.toitsu.identity.domain;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;

/**
 * Encrypts second-factor secrets at rest with AES-256-GCM (Spring Security Crypto), keyed from the secret that
 * {@link dev.toitsu.identity.security.SecretKeySource} supplies (the environment in production).
 */
public class SecretCipher {

    private final TextEncryptor encryptor;

    public SecretCipher(String key, String salt) {
        this.encryptor = Encryptors.delux(key, salt);
    }

    public String encrypt(String plain) {
        return encryptor.encrypt(plain);
    }

    public String decrypt(String encrypted) {
        return encryptor.decrypt(encrypted);
    }
}

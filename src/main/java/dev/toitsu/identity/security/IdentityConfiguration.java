package dev.toitsu.identity.security;

import dev.toitsu.identity.domain.SecretCipher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans of the identity module that the command line needs as much as the web application. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInProperties.class, SingleSignOnProperties.class})
class IdentityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt today, upgradable per hash
    }

    @Bean
    SecretCipher secretCipher(SecretKeySource keys) {
        return new SecretCipher(keys.key(), "746f69747375736563726574"); // salt: hex of "toitsusecret"
    }
}

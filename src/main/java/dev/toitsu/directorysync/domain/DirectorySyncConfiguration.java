package dev.toitsu.directorysync.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LdapDirectory.Settings.class)
class DirectorySyncConfiguration {}

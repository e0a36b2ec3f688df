package dev.toitsu.identity.domain;

/** What an API token may do on behalf of its owner: read only, or also change data. */
public enum ApiScope {
    READ,
    WRITE
}

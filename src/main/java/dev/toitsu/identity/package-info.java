/**
 * Who may sign in and how: accounts, password hashing and policy, the second factor (TOTP), lockout, sessions,
 * personal API tokens, and the Spring Security configuration that turns an account into the request's
 * {@link dev.toitsu.shared.Actor}. Uses {@code organization} for people and role grants.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package dev.toitsu.identity;

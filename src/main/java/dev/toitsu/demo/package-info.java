/**
 * The demo organization: a fictional ministry (情報安全省) and an agency it oversees (情報基盤機構), with units,
 * people in every role of the standard, registers (systems, assets, equipment, media) and documented sign-in accounts. Loaded once at start-up in demo mode,
 * through the public APIs of {@code organization} and {@code identity} (so every change is in the audit trail).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package dev.toitsu.demo;

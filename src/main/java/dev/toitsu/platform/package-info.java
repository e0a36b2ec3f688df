/**
 * What runs underneath every capability: the database (embedded PostgreSQL by default, an external server through
 * the ordinary {@code spring.datasource.*} settings), start-up safety checks, the web shell (layout, language, fiscal
 * year, error pages and problem details) and the OpenAPI description. Owns no business data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package dev.toitsu.platform;

/**
 * Vocabulary every module shares: fiscal years, the acting person ({@link dev.toitsu.shared.Actor}), permissions,
 * and the domain exceptions that the web layer turns into localized messages and RFC 9457 problem details.
 * Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.toitsu.shared;

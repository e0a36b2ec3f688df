/**
 * Organizations (機関) and what they oversee (所管), their units (部局/課室), people (職員等, contractor staff),
 * the roles of the standard as data, role assignments with scope and validity, the contact list (連絡網) and the
 * separation-of-duties matrix (001 1.2.1.2) that every workflow consults. Depends on {@code shared} and
 * {@code audittrail} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package dev.toitsu.organization;

package dev.toitsu.classification;

/** What a rule table says about one way of sending information of one level. */
public enum Decision {
    ALLOWED,
    /** Allowed if the conditions are met (encryption, password sent separately, approved service only ...). */
    ALLOWED_WITH_CONDITIONS,
    /** Forbidden unless someone permits it (機関CISO許可), then with the conditions. */
    PERMISSION_REQUIRED,
    FORBIDDEN,
    /** The table has no rule for this combination: ask, do not assume. */
    NOT_COVERED
}

package dev.toitsu.organization;

/**
 * ROLE_PAIR: two roles one person must not hold at the same time in overlapping scopes. ACTION_PAIR: two actions
 * one person must not both perform on the same subject (001 1.2.1.2(1)(a)).
 */
public enum SeparationRuleKind {
    ROLE_PAIR,
    ACTION_PAIR
}

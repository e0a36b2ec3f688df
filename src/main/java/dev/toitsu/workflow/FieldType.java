package dev.toitsu.workflow;

/** The kinds of input a request type's form may ask for. */
public enum FieldType {
    TEXT,
    TEXTAREA,
    DATE,
    NUMBER,
    BOOLEAN,
    CHOICE,
    EMAIL
}

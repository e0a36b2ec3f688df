package dev.toitsu.workflow;

/** Something the approver confirms before approving (004 §5: antivirus, no file sharing, screen lock, ...). */
public record CheckItem(String key, String label, String labelEn) {}

package dev.toitsu.classification;

/** "May I send information of this level this way to there?" {@code tableCode} null: the organization's first table. */
public record TransmissionQuestion(String tableCode, String levelCode, String channelCode, String destinationCode) {}

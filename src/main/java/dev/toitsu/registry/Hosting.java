package dev.toitsu.registry;

/** Where a system runs: on premises, on a cloud service, or as a 政府共通利用型システム (管理機関 or 利用機関, R5 5.4). */
public enum Hosting {
    ON_PREMISES,
    CLOUD_SERVICE,
    GOVERNMENT_SHARED_MANAGING,
    GOVERNMENT_SHARED_USING,
    OTHER
}

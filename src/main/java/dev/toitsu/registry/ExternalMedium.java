package dev.toitsu.registry;

import java.time.LocalDate;
import java.util.UUID;

/** A row of the 外部電磁的記録媒体管理台帳 (003 2.1④(h)): 機密性分類 it may hold, its 管理者, where it is. */
public record ExternalMedium(
        UUID id,
        String code,
        MediumKind kind,
        String description,
        UUID unitId,
        String unitName,
        UUID custodianId,
        String custodianName,
        String maxConfidentiality,
        boolean encrypted,
        MediumStatus status,
        DisposalMethod disposalMethod,
        LocalDate disposedOn,
        String disposalRecord,
        MediumLoan openLoan,
        long version) {}

package dev.toitsu.registry;

import dev.toitsu.organization.Person;
import dev.toitsu.organization.Unit;
import dev.toitsu.platform.TabularFile;
import dev.toitsu.registry.ImportReport.RowError;
import dev.toitsu.registry.domain.AssetColumn;
import dev.toitsu.registry.domain.AssetRepository;
import dev.toitsu.registry.domain.RegisterAccess;
import dev.toitsu.registry.domain.RegisterChanges;
import dev.toitsu.registry.domain.RegisterScope;
import dev.toitsu.registry.domain.SystemRepository;
import dev.toitsu.shared.DomainException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 情報資産台帳 as a file: export to Excel or CSV, import from either (CSV in UTF-8 or Shift_JIS/Windows-31J, detected).
 * An import is all or nothing: every row is checked first, every problem reported with its line and column, and
 * nothing is written while any remains. Rows are matched by 管理番号; a row whose 版 (version) is older than the
 * register's is refused (someone changed the asset since the export).
 */
@Service
@Transactional
public class AssetTransfer {

    public static final int MAX_ROWS = 200_000;
    public static final int MAX_ERRORS = 1_000;

    private final InformationAssets assets;
    private final AssetRepository repository;
    private final SystemRepository systems;
    private final RegisterAccess access;
    private final RegisterChanges changes;

    AssetTransfer(
            InformationAssets assets,
            AssetRepository repository,
            SystemRepository systems,
            RegisterAccess access,
            RegisterChanges changes) {
        this.assets = assets;
        this.repository = repository;
        this.systems = systems;
        this.access = access;
        this.changes = changes;
    }

    public enum Format {
        CSV,
        XLSX
    }

    /** Writes the assets the query selects. CSV is UTF-8 with a BOM (Excel opens it correctly). */
    @Transactional(readOnly = true)
    public void export(AssetQuery query, Format format, Locale locale, OutputStream out) {
        RegisterScope scope = access.reader();
        Map<UUID, String> unitCodes =
                assets.checks(scope).units().values().stream().collect(Collectors.toMap(Unit::id, Unit::code));
        Map<UUID, String> systemCodes = invert(systems.idsByCode(scope.organizationId()));
        Map<UUID, String> mediumCodes = new HashMap<>();
        Map<UUID, String> employeeNumbers = new HashMap<>();
        List<String> headers =
                Arrays.stream(AssetColumn.values()).map(c -> c.header(locale)).toList();
        try {
            if (format == Format.CSV) {
                OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
                printer.printRecord(headers);
                assets.each(query, a -> {
                    try {
                        printer.printRecord(values(a, unitCodes, systemCodes, mediumCodes, employeeNumbers));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                printer.flush();
            } else {
                try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
                    Sheet sheet = workbook.createSheet("情報資産台帳");
                    CellStyle text = workbook.createCellStyle();
                    text.setDataFormat(workbook.createDataFormat().getFormat("@"));
                    int[] r = {0};
                    writeRow(sheet.createRow(r[0]++), headers, text);
                    assets.each(
                            query,
                            a -> writeRow(
                                    sheet.createRow(r[0]++),
                                    values(a, unitCodes, systemCodes, mediumCodes, employeeNumbers),
                                    text));
                    workbook.write(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<String> values, CellStyle text) {
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellStyle(text);
            cell.setCellValue(values.get(i));
        }
    }

    private List<String> values(
            InformationAsset a,
            Map<UUID, String> unitCodes,
            Map<UUID, String> systemCodes,
            Map<UUID, String> mediumCodes,
            Map<UUID, String> employeeNumbers) {
        List<String> v = new ArrayList<>();
        for (AssetColumn c : AssetColumn.values()) {
            v.add(
                    switch (c) {
                        case CODE -> a.code();
                        case NAME -> a.name();
                        case DESCRIPTION -> text(a.description());
                        case OWNER_UNIT -> unitCodes.getOrDefault(a.ownerUnitId(), "");
                        case MANAGER ->
                            a.managerId() == null
                                    ? ""
                                    : employeeNumbers.computeIfAbsent(
                                            a.managerId(), id -> text(assets.employeeNumber(id)));
                        case CONFIDENTIALITY -> text(a.confidentiality());
                        case INTEGRITY -> text(a.integrity());
                        case AVAILABILITY -> text(a.availability());
                        case RESTRICTIONS -> String.join(";", a.restrictions());
                        case RESTRICTION_DETAIL -> text(a.restrictionDetail());
                        case STORAGE_KIND -> a.storageKind().name();
                        case STORAGE_SYSTEM ->
                            a.storageSystemId() == null ? "" : systemCodes.getOrDefault(a.storageSystemId(), "");
                        case STORAGE_MEDIUM -> text(a.storageMediumCode());
                        case STORAGE_LOCATION -> text(a.storageLocation());
                        case PERSONAL_INFO -> a.personalInfo() ? "TRUE" : "FALSE";
                        case SPECIFIC_PERSONAL_INFO -> a.specificPersonalInfo() ? "TRUE" : "FALSE";
                        case RETENTION_UNTIL ->
                            a.retentionUntil() == null ? "" : a.retentionUntil().toString();
                        case RETENTION_NOTE -> text(a.retentionNote());
                        case DISPOSAL_METHOD ->
                            a.disposalMethod() == null ? "" : a.disposalMethod().name();
                        case DISPOSED_ON ->
                            a.disposedOn() == null ? "" : a.disposedOn().toString();
                        case DISPOSAL_RECORD -> text(a.disposalRecord());
                        case VERSION -> Long.toString(a.version());
                    });
        }
        return v;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Reads, checks and (when every row is valid) writes an import; see the class comment. */
    public ImportReport importAssets(String fileName, byte[] content) {
        RegisterScope scope = access.keeper();
        TabularFile file;
        try {
            file = TabularFile.read(fileName, content);
        } catch (java.nio.charset.CharacterCodingException e) {
            return failed(null, null, new RowError(0, null, "registry.import.encoding.error", List.of()));
        } catch (IOException | RuntimeException e) {
            return failed(null, null, new RowError(0, null, "registry.import.unreadable", List.of()));
        }
        List<List<String>> rows = file.rows().stream()
                .filter(r -> r.stream().anyMatch(c -> c != null && !c.isBlank()))
                .toList();
        if (rows.isEmpty()) {
            return failed(file, 0, new RowError(1, null, "registry.import.empty", List.of()));
        }
        if (rows.size() - 1 > MAX_ROWS) {
            return failed(
                    file,
                    rows.size() - 1,
                    new RowError(0, null, "registry.import.tooManyRows", List.of(String.valueOf(MAX_ROWS))));
        }
        Map<AssetColumn, Integer> columns = new EnumMap<>(AssetColumn.class);
        List<String> header = rows.get(0);
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            AssetColumn c = AssetColumn.of(header.get(i));
            if (c == null) {
                if (header.get(i) != null && !header.get(i).isBlank()) {
                    errors.add(
                            new RowError(1, header.get(i), "registry.import.header.unknown", List.of(header.get(i))));
                }
            } else if (columns.putIfAbsent(c, i) != null) {
                errors.add(new RowError(1, header.get(i), "registry.import.header.duplicate", List.of(header.get(i))));
            }
        }
        for (AssetColumn c : AssetColumn.values()) {
            if (c.required() && !columns.containsKey(c)) {
                errors.add(new RowError(
                        1,
                        c.header(Locale.JAPANESE),
                        "registry.import.header.missing",
                        List.of(c.header(Locale.JAPANESE))));
            }
        }
        if (!errors.isEmpty()) {
            return failed(file, rows.size() - 1, errors.toArray(RowError[]::new));
        }

        InformationAssets.Checks checks = assets.checks(scope);
        Map<String, InformationAsset> existing = repository.byCodes(
                scope.organizationId(),
                rows.stream()
                        .skip(1)
                        .map(r -> cell(r, columns, AssetColumn.CODE))
                        .filter(c -> !c.isEmpty())
                        .toList());
        Map<String, Optional<Person>> people = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<Map.Entry<UUID, AssetDraft>> inserts = new ArrayList<>();
        List<AssetRepository.Versioned> updates = new ArrayList<>();
        Map<String, Object> changed = new LinkedHashMap<>();
        int unchanged = 0;
        int blankCodes = (int) rows.stream()
                .skip(1)
                .filter(r -> cell(r, columns, AssetColumn.CODE).isEmpty())
                .count();
        List<String> generated = blankCodes == 0 ? List.of() : systems.nextCodes("IA", blankCodes);
        int nextGenerated = 0;
        for (int r = 1; r < rows.size() && errors.size() < MAX_ERRORS; r++) {
            int line = r + 1;
            List<String> row = rows.get(r);
            AssetColumn at = AssetColumn.CODE;
            try {
                String code = cell(row, columns, AssetColumn.CODE);
                if (code.isEmpty()) {
                    code = generated.get(nextGenerated++);
                }
                if (!seen.add(code)) {
                    throw new DomainException("registry.import.code.duplicate", code);
                }
                InformationAsset current = existing.get(code);
                if (current != null && !scope.coversUnit(current.ownerUnitId())) {
                    throw new DomainException("registry.import.forbidden", code);
                }
                at = AssetColumn.OWNER_UNIT;
                String unitCode = cell(row, columns, AssetColumn.OWNER_UNIT);
                UUID unit = checks.unitCodes().get(unitCode);
                if (unit == null) {
                    throw new DomainException("registry.import.unit.unknown", unitCode);
                }
                at = AssetColumn.MANAGER;
                UUID manager = optionalCell(
                        row,
                        columns,
                        AssetColumn.MANAGER,
                        current == null ? null : current.managerId(),
                        n -> n.isEmpty()
                                ? null
                                : assets.personByNumber(n, people).id());
                at = AssetColumn.STORAGE_SYSTEM;
                UUID system = optionalCell(
                        row,
                        columns,
                        AssetColumn.STORAGE_SYSTEM,
                        current == null ? null : current.storageSystemId(),
                        s -> s.isEmpty()
                                ? null
                                : Optional.ofNullable(checks.systemCodes().get(s))
                                        .orElseThrow(() -> new DomainException("registry.import.system.unknown", s)));
                at = AssetColumn.STORAGE_MEDIUM;
                UUID medium = optionalCell(
                        row,
                        columns,
                        AssetColumn.STORAGE_MEDIUM,
                        current == null ? null : current.storageMediumId(),
                        s -> s.isEmpty()
                                ? null
                                : Optional.ofNullable(checks.mediumCodes().get(s))
                                        .orElseThrow(() -> new DomainException("registry.import.medium.unknown", s)));
                at = AssetColumn.STORAGE_KIND;
                StorageKind storage = optionalCell(
                        row,
                        columns,
                        AssetColumn.STORAGE_KIND,
                        current == null ? null : current.storageKind(),
                        s -> s.isEmpty() ? null : enumValue(StorageKind.class, s));
                at = AssetColumn.PERSONAL_INFO;
                boolean personal = optionalCell(
                        row,
                        columns,
                        AssetColumn.PERSONAL_INFO,
                        current != null && current.personalInfo(),
                        AssetTransfer::bool);
                at = AssetColumn.SPECIFIC_PERSONAL_INFO;
                boolean specific = optionalCell(
                        row,
                        columns,
                        AssetColumn.SPECIFIC_PERSONAL_INFO,
                        current != null && current.specificPersonalInfo(),
                        AssetTransfer::bool);
                at = AssetColumn.RETENTION_UNTIL;
                LocalDate retention = optionalCell(
                        row,
                        columns,
                        AssetColumn.RETENTION_UNTIL,
                        current == null ? null : current.retentionUntil(),
                        AssetTransfer::date);
                at = AssetColumn.DISPOSAL_METHOD;
                DisposalMethod disposal = optionalCell(
                        row,
                        columns,
                        AssetColumn.DISPOSAL_METHOD,
                        current == null ? null : current.disposalMethod(),
                        s -> s.isEmpty() ? null : enumValue(DisposalMethod.class, s));
                at = AssetColumn.DISPOSED_ON;
                LocalDate disposed = optionalCell(
                        row,
                        columns,
                        AssetColumn.DISPOSED_ON,
                        current == null ? null : current.disposedOn(),
                        AssetTransfer::date);
                at = AssetColumn.RESTRICTIONS;
                List<String> restrictions = optionalCell(
                        row,
                        columns,
                        AssetColumn.RESTRICTIONS,
                        current == null ? List.<String>of() : current.restrictions(),
                        s -> s.isEmpty()
                                ? List.<String>of()
                                : Arrays.stream(s.split("[;；]"))
                                        .map(String::strip)
                                        .filter(x -> !x.isEmpty())
                                        .toList());
                AssetDraft draft = new AssetDraft(
                        code,
                        cell(row, columns, AssetColumn.NAME),
                        keep(row, columns, AssetColumn.DESCRIPTION, current == null ? null : current.description()),
                        unit,
                        manager,
                        cell(row, columns, AssetColumn.CONFIDENTIALITY),
                        keep(row, columns, AssetColumn.INTEGRITY, current == null ? null : current.integrity()),
                        keep(row, columns, AssetColumn.AVAILABILITY, current == null ? null : current.availability()),
                        restrictions,
                        keep(
                                row,
                                columns,
                                AssetColumn.RESTRICTION_DETAIL,
                                current == null ? null : current.restrictionDetail()),
                        storage,
                        system,
                        medium,
                        keep(
                                row,
                                columns,
                                AssetColumn.STORAGE_LOCATION,
                                current == null ? null : current.storageLocation()),
                        personal,
                        specific,
                        retention,
                        keep(
                                row,
                                columns,
                                AssetColumn.RETENTION_NOTE,
                                current == null ? null : current.retentionNote()),
                        disposal,
                        disposed,
                        keep(
                                row,
                                columns,
                                AssetColumn.DISPOSAL_RECORD,
                                current == null ? null : current.disposalRecord()));
                at = null;
                AssetDraft clean =
                        assets.validate(scope, draft, current == null ? List.of() : current.restrictions(), checks);
                if (current == null) {
                    UUID newId = UUID.randomUUID();
                    inserts.add(Map.entry(newId, clean));
                    changed.put(code, "created");
                } else {
                    at = AssetColumn.VERSION;
                    String version = cell(row, columns, AssetColumn.VERSION);
                    long expected = version.isEmpty() ? current.version() : parseLong(version);
                    if (expected != current.version()) {
                        throw new DomainException("registry.import.version.stale", code);
                    }
                    if (clean.equals(InformationAssets.draftOf(current))) {
                        unchanged++;
                    } else {
                        updates.add(new AssetRepository.Versioned(current.id(), current.version(), clean));
                        changed.put(code, "updated");
                    }
                }
            } catch (DomainException e) {
                errors.add(new RowError(
                        line,
                        at == null ? columnOf(e.code()) : at.header(Locale.JAPANESE),
                        e.code(),
                        Arrays.stream(e.arguments()).map(String::valueOf).toList()));
            }
        }
        int dataRows = rows.size() - 1;
        if (!errors.isEmpty()) {
            return new ImportReport(file.format(), file.encoding(), dataRows, 0, 0, 0, errors);
        }
        repository.insertBatch(scope.organizationId(), inserts);
        int[][] counts = repository.updateBatch(updates);
        for (int[] batch : counts) {
            for (int c : batch) {
                if (c == 0) {
                    throw new dev.toitsu.shared.ConflictException("error.conflict");
                }
            }
        }
        List<UUID> touched = new ArrayList<>();
        inserts.forEach(e -> touched.add(e.getKey()));
        updates.forEach(u -> touched.add(u.id()));
        systems.markHandling(touched, ReclassificationReason.INFORMATION_CHANGED);
        changes.record(
                scope.organizationId(),
                "registry.asset-import.committed",
                "information-asset-import",
                InformationSystems.sha256(content),
                "情報資産台帳を取込み: " + fileName + "（新規 " + inserts.size() + " 件、更新 " + updates.size() + " 件）",
                null,
                RegisterChanges.state(
                        "fileName", fileName,
                        "sha256", InformationSystems.sha256(content),
                        "format", file.format(),
                        "encoding", file.encoding(),
                        "rows", dataRows,
                        "created", inserts.size(),
                        "updated", updates.size(),
                        "unchanged", unchanged,
                        "codes", changed.size() <= 1000 ? changed : Map.of("truncated", changed.size())));
        return new ImportReport(
                file.format(), file.encoding(), dataRows, inserts.size(), updates.size(), unchanged, List.of());
    }

    private static ImportReport failed(TabularFile file, Integer rows, RowError... errors) {
        return new ImportReport(
                file == null ? null : file.format(),
                file == null ? null : file.encoding(),
                rows == null ? 0 : rows,
                0,
                0,
                0,
                List.of(errors));
    }

    private static String cell(List<String> row, Map<AssetColumn, Integer> columns, AssetColumn column) {
        Integer i = columns.get(column);
        if (i == null || i >= row.size() || row.get(i) == null) {
            return "";
        }
        return row.get(i).strip();
    }

    /** A column left out of the file keeps the register's value; a present, empty cell clears it. */
    private static String keep(
            List<String> row, Map<AssetColumn, Integer> columns, AssetColumn column, String current) {
        if (!columns.containsKey(column)) {
            return current;
        }
        String v = cell(row, columns, column);
        return v.isEmpty() ? null : v;
    }

    private static <T> T optionalCell(
            List<String> row,
            Map<AssetColumn, Integer> columns,
            AssetColumn column,
            T current,
            java.util.function.Function<String, T> parse) {
        return columns.containsKey(column) ? parse.apply(cell(row, columns, column)) : current;
    }

    static boolean bool(String s) {
        return switch (s.toUpperCase(Locale.ROOT)) {
            case "", "FALSE", "0", "NO", "N", "いいえ", "否", "無" -> false;
            case "TRUE", "1", "YES", "Y", "はい", "該当", "有" -> true;
            default -> throw new DomainException("registry.import.boolean.invalid", s);
        };
    }

    static LocalDate date(String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s.replace('/', '-').length() == 10 ? s.replace('/', '-') : s);
        } catch (DateTimeParseException e) {
            throw new DomainException("registry.import.date.invalid", s);
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new DomainException("registry.import.version.invalid", s);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String s) {
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("registry.import.value.invalid", s);
        }
    }

    /** The column a validation code names: registry.asset.name.required → 名称. */
    private static String columnOf(String code) {
        String[] parts = code.split("\\.");
        String field = parts.length >= 3 ? parts[parts.length - 2] : "";
        return switch (field) {
            case "name" -> AssetColumn.NAME.header(Locale.JAPANESE);
            case "code" -> AssetColumn.CODE.header(Locale.JAPANESE);
            case "confidentiality" -> AssetColumn.CONFIDENTIALITY.header(Locale.JAPANESE);
            case "integrity" -> AssetColumn.INTEGRITY.header(Locale.JAPANESE);
            case "availability" -> AssetColumn.AVAILABILITY.header(Locale.JAPANESE);
            case "restrictions" -> AssetColumn.RESTRICTIONS.header(Locale.JAPANESE);
            case "restrictionDetail" -> AssetColumn.RESTRICTION_DETAIL.header(Locale.JAPANESE);
            case "ownerUnitId" -> AssetColumn.OWNER_UNIT.header(Locale.JAPANESE);
            case "managerId" -> AssetColumn.MANAGER.header(Locale.JAPANESE);
            case "storageSystemId" -> AssetColumn.STORAGE_SYSTEM.header(Locale.JAPANESE);
            case "storageMediumId" -> AssetColumn.STORAGE_MEDIUM.header(Locale.JAPANESE);
            case "disposalMethod" -> AssetColumn.DISPOSAL_METHOD.header(Locale.JAPANESE);
            default -> null;
        };
    }

    private static <K, V> Map<V, K> invert(Map<K, V> map) {
        Map<V, K> inverted = new HashMap<>();
        map.forEach((k, v) -> inverted.put(v, k));
        return inverted;
    }
}

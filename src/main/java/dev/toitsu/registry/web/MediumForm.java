package dev.toitsu.registry.web;

import dev.toitsu.registry.ExternalMedium;
import dev.toitsu.registry.MediumDraft;
import dev.toitsu.registry.MediumKind;
import java.util.UUID;

/** The 外部電磁的記録媒体 form. */
public class MediumForm {

    private String code;
    private MediumKind kind = MediumKind.USB_MEMORY;
    private String description;
    private UUID unitId;
    private String custodianNumber;
    private String maxConfidentiality;
    private boolean encrypted;
    private long version;

    static MediumForm of(ExternalMedium m, String custodianNumber) {
        MediumForm f = new MediumForm();
        f.code = m.code();
        f.kind = m.kind();
        f.description = m.description();
        f.unitId = m.unitId();
        f.custodianNumber = custodianNumber;
        f.maxConfidentiality = m.maxConfidentiality();
        f.encrypted = m.encrypted();
        f.version = m.version();
        return f;
    }

    MediumDraft draft(UUID custodianId) {
        return new MediumDraft(code, kind, description, unitId, custodianId, maxConfidentiality, encrypted);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public MediumKind getKind() {
        return kind;
    }

    public void setKind(MediumKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public String getCustodianNumber() {
        return custodianNumber;
    }

    public void setCustodianNumber(String custodianNumber) {
        this.custodianNumber = custodianNumber;
    }

    public String getMaxConfidentiality() {
        return maxConfidentiality;
    }

    public void setMaxConfidentiality(String maxConfidentiality) {
        this.maxConfidentiality = maxConfidentiality;
    }

    public boolean isEncrypted() {
        return encrypted;
    }

    public void setEncrypted(boolean encrypted) {
        this.encrypted = encrypted;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

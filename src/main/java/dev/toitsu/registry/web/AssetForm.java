package dev.toitsu.registry.web;

import dev.toitsu.registry.AssetDraft;
import dev.toitsu.registry.DisposalMethod;
import dev.toitsu.registry.InformationAsset;
import dev.toitsu.registry.StorageKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The 情報資産台帳 form (register and revise). */
public class AssetForm {

    private String code;
    private String name;
    private String description;
    private UUID ownerUnitId;
    private String managerNumber;
    private String confidentiality;
    private String integrity;
    private String availability;
    private List<String> restrictions = new ArrayList<>();
    private String restrictionDetail;
    private StorageKind storageKind = StorageKind.SYSTEM;
    private UUID storageSystemId;
    private UUID storageMediumId;
    private String storageLocation;
    private boolean personalInfo;
    private boolean specificPersonalInfo;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate retentionUntil;

    private String retentionNote;
    private DisposalMethod disposalMethod;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate disposedOn;

    private String disposalRecord;
    private long version;

    static AssetForm of(InformationAsset a, String managerNumber) {
        AssetForm f = new AssetForm();
        f.code = a.code();
        f.name = a.name();
        f.description = a.description();
        f.ownerUnitId = a.ownerUnitId();
        f.managerNumber = managerNumber;
        f.confidentiality = a.confidentiality();
        f.integrity = a.integrity();
        f.availability = a.availability();
        f.restrictions = new ArrayList<>(a.restrictions());
        f.restrictionDetail = a.restrictionDetail();
        f.storageKind = a.storageKind();
        f.storageSystemId = a.storageSystemId();
        f.storageMediumId = a.storageMediumId();
        f.storageLocation = a.storageLocation();
        f.personalInfo = a.personalInfo();
        f.specificPersonalInfo = a.specificPersonalInfo();
        f.retentionUntil = a.retentionUntil();
        f.retentionNote = a.retentionNote();
        f.disposalMethod = a.disposalMethod();
        f.disposedOn = a.disposedOn();
        f.disposalRecord = a.disposalRecord();
        f.version = a.version();
        return f;
    }

    AssetDraft draft(UUID managerId) {
        return new AssetDraft(
                code,
                name,
                description,
                ownerUnitId,
                managerId,
                confidentiality,
                integrity,
                availability,
                restrictions == null ? List.of() : restrictions,
                restrictionDetail,
                storageKind,
                storageSystemId,
                storageMediumId,
                storageLocation,
                personalInfo,
                specificPersonalInfo,
                retentionUntil,
                retentionNote,
                disposalMethod,
                disposedOn,
                disposalRecord);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UUID getOwnerUnitId() {
        return ownerUnitId;
    }

    public void setOwnerUnitId(UUID ownerUnitId) {
        this.ownerUnitId = ownerUnitId;
    }

    public String getManagerNumber() {
        return managerNumber;
    }

    public void setManagerNumber(String managerNumber) {
        this.managerNumber = managerNumber;
    }

    public String getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(String confidentiality) {
        this.confidentiality = confidentiality;
    }

    public String getIntegrity() {
        return integrity;
    }

    public void setIntegrity(String integrity) {
        this.integrity = integrity;
    }

    public String getAvailability() {
        return availability;
    }

    public void setAvailability(String availability) {
        this.availability = availability;
    }

    public List<String> getRestrictions() {
        return restrictions;
    }

    public void setRestrictions(List<String> restrictions) {
        this.restrictions = restrictions;
    }

    public String getRestrictionDetail() {
        return restrictionDetail;
    }

    public void setRestrictionDetail(String restrictionDetail) {
        this.restrictionDetail = restrictionDetail;
    }

    public StorageKind getStorageKind() {
        return storageKind;
    }

    public void setStorageKind(StorageKind storageKind) {
        this.storageKind = storageKind;
    }

    public UUID getStorageSystemId() {
        return storageSystemId;
    }

    public void setStorageSystemId(UUID storageSystemId) {
        this.storageSystemId = storageSystemId;
    }

    public UUID getStorageMediumId() {
        return storageMediumId;
    }

    public void setStorageMediumId(UUID storageMediumId) {
        this.storageMediumId = storageMediumId;
    }

    public String getStorageLocation() {
        return storageLocation;
    }

    public void setStorageLocation(String storageLocation) {
        this.storageLocation = storageLocation;
    }

    public boolean isPersonalInfo() {
        return personalInfo;
    }

    public void setPersonalInfo(boolean personalInfo) {
        this.personalInfo = personalInfo;
    }

    public boolean isSpecificPersonalInfo() {
        return specificPersonalInfo;
    }

    public void setSpecificPersonalInfo(boolean specificPersonalInfo) {
        this.specificPersonalInfo = specificPersonalInfo;
    }

    public LocalDate getRetentionUntil() {
        return retentionUntil;
    }

    public void setRetentionUntil(LocalDate retentionUntil) {
        this.retentionUntil = retentionUntil;
    }

    public String getRetentionNote() {
        return retentionNote;
    }

    public void setRetentionNote(String retentionNote) {
        this.retentionNote = retentionNote;
    }

    public DisposalMethod getDisposalMethod() {
        return disposalMethod;
    }

    public void setDisposalMethod(DisposalMethod disposalMethod) {
        this.disposalMethod = disposalMethod;
    }

    public LocalDate getDisposedOn() {
        return disposedOn;
    }

    public void setDisposedOn(LocalDate disposedOn) {
        this.disposedOn = disposedOn;
    }

    public String getDisposalRecord() {
        return disposalRecord;
    }

    public void setDisposalRecord(String disposalRecord) {
        this.disposalRecord = disposalRecord;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

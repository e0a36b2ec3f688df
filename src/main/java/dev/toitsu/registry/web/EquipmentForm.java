package dev.toitsu.registry.web;

import dev.toitsu.registry.DisposalMethod;
import dev.toitsu.registry.Equipment;
import dev.toitsu.registry.EquipmentDraft;
import dev.toitsu.registry.EquipmentKind;
import dev.toitsu.registry.JcStarAssurance;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The 機器等 form. */
public class EquipmentForm {

    private String code;
    private EquipmentKind kind = EquipmentKind.TERMINAL;
    private String name;
    private UUID unitId;
    private UUID systemId;
    private String manufacturer;
    private String model;
    private String productVersion;
    private String location;
    private Boolean issued = Boolean.TRUE;
    private boolean iot;
    private Integer jcStarLevel;
    private JcStarAssurance jcStarAssurance;
    private String jcStarEvidence;
    private boolean controlsInfrastructure;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate retiredOn;

    private DisposalMethod disposalMethod;
    private String note;
    private long version;

    static EquipmentForm of(Equipment e) {
        EquipmentForm f = new EquipmentForm();
        f.code = e.code();
        f.kind = e.kind();
        f.name = e.name();
        f.unitId = e.unitId();
        f.systemId = e.systemId();
        f.manufacturer = e.manufacturer();
        f.model = e.model();
        f.productVersion = e.productVersion();
        f.location = e.location();
        f.issued = e.issued();
        f.iot = e.iot();
        f.jcStarLevel = e.jcStarLevel();
        f.jcStarAssurance = e.jcStarAssurance();
        f.jcStarEvidence = e.jcStarEvidence();
        f.controlsInfrastructure = e.controlsInfrastructure();
        f.retiredOn = e.retiredOn();
        f.disposalMethod = e.disposalMethod();
        f.note = e.note();
        f.version = e.version();
        return f;
    }

    EquipmentDraft draft() {
        return new EquipmentDraft(
                code,
                kind,
                name,
                unitId,
                systemId,
                manufacturer,
                model,
                productVersion,
                location,
                issued,
                iot,
                jcStarLevel,
                jcStarAssurance,
                jcStarEvidence,
                controlsInfrastructure,
                retiredOn,
                disposalMethod,
                note);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public EquipmentKind getKind() {
        return kind;
    }

    public void setKind(EquipmentKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public UUID getSystemId() {
        return systemId;
    }

    public void setSystemId(UUID systemId) {
        this.systemId = systemId;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public void setManufacturer(String manufacturer) {
        this.manufacturer = manufacturer;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getProductVersion() {
        return productVersion;
    }

    public void setProductVersion(String productVersion) {
        this.productVersion = productVersion;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Boolean getIssued() {
        return issued;
    }

    public void setIssued(Boolean issued) {
        this.issued = issued;
    }

    public boolean isIot() {
        return iot;
    }

    public void setIot(boolean iot) {
        this.iot = iot;
    }

    public Integer getJcStarLevel() {
        return jcStarLevel;
    }

    public void setJcStarLevel(Integer jcStarLevel) {
        this.jcStarLevel = jcStarLevel;
    }

    public JcStarAssurance getJcStarAssurance() {
        return jcStarAssurance;
    }

    public void setJcStarAssurance(JcStarAssurance jcStarAssurance) {
        this.jcStarAssurance = jcStarAssurance;
    }

    public String getJcStarEvidence() {
        return jcStarEvidence;
    }

    public void setJcStarEvidence(String jcStarEvidence) {
        this.jcStarEvidence = jcStarEvidence;
    }

    public boolean isControlsInfrastructure() {
        return controlsInfrastructure;
    }

    public void setControlsInfrastructure(boolean controlsInfrastructure) {
        this.controlsInfrastructure = controlsInfrastructure;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public void setRetiredOn(LocalDate retiredOn) {
        this.retiredOn = retiredOn;
    }

    public DisposalMethod getDisposalMethod() {
        return disposalMethod;
    }

    public void setDisposalMethod(DisposalMethod disposalMethod) {
        this.disposalMethod = disposalMethod;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

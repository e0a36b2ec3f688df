package dev.toitsu.registry.web;

import dev.toitsu.registry.Hosting;
import dev.toitsu.registry.InformationSystem;
import dev.toitsu.registry.LifecyclePhase;
import dev.toitsu.registry.SystemDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The 情報システム台帳 form (register and revise). */
public class SystemForm {

    private String code;
    private String name;
    private String purpose;
    private UUID ownerUnitId;
    private List<UUID> userUnitIds = new ArrayList<>();
    private String usersDescription;
    private Integer userCount;
    private boolean internetFacing;
    private Hosting hosting = Hosting.ON_PREMISES;
    private String cloudService;
    private boolean bcpRelevant;
    private LifecyclePhase lifecyclePhase = LifecyclePhase.PLANNING;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate planningStartedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate operationStartedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextRenewalOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate retiredOn;

    private String note;
    private long version;

    static SystemForm of(InformationSystem s) {
        SystemForm f = new SystemForm();
        f.code = s.code();
        f.name = s.name();
        f.purpose = s.purpose();
        f.ownerUnitId = s.ownerUnitId();
        f.userUnitIds = new ArrayList<>(s.userUnitIds());
        f.usersDescription = s.usersDescription();
        f.userCount = s.userCount();
        f.internetFacing = s.internetFacing();
        f.hosting = s.hosting();
        f.cloudService = s.cloudService();
        f.bcpRelevant = s.bcpRelevant();
        f.lifecyclePhase = s.lifecyclePhase();
        f.planningStartedOn = s.planningStartedOn();
        f.operationStartedOn = s.operationStartedOn();
        f.nextRenewalOn = s.nextRenewalOn();
        f.retiredOn = s.retiredOn();
        f.note = s.note();
        f.version = s.version();
        return f;
    }

    SystemDraft draft() {
        return new SystemDraft(
                code,
                name,
                purpose,
                ownerUnitId,
                userUnitIds == null ? List.of() : userUnitIds,
                usersDescription,
                userCount,
                internetFacing,
                hosting,
                cloudService,
                bcpRelevant,
                lifecyclePhase,
                planningStartedOn,
                operationStartedOn,
                nextRenewalOn,
                retiredOn,
                note);
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

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public UUID getOwnerUnitId() {
        return ownerUnitId;
    }

    public void setOwnerUnitId(UUID ownerUnitId) {
        this.ownerUnitId = ownerUnitId;
    }

    public List<UUID> getUserUnitIds() {
        return userUnitIds;
    }

    public void setUserUnitIds(List<UUID> userUnitIds) {
        this.userUnitIds = userUnitIds;
    }

    public String getUsersDescription() {
        return usersDescription;
    }

    public void setUsersDescription(String usersDescription) {
        this.usersDescription = usersDescription;
    }

    public Integer getUserCount() {
        return userCount;
    }

    public void setUserCount(Integer userCount) {
        this.userCount = userCount;
    }

    public boolean isInternetFacing() {
        return internetFacing;
    }

    public void setInternetFacing(boolean internetFacing) {
        this.internetFacing = internetFacing;
    }

    public Hosting getHosting() {
        return hosting;
    }

    public void setHosting(Hosting hosting) {
        this.hosting = hosting;
    }

    public String getCloudService() {
        return cloudService;
    }

    public void setCloudService(String cloudService) {
        this.cloudService = cloudService;
    }

    public boolean isBcpRelevant() {
        return bcpRelevant;
    }

    public void setBcpRelevant(boolean bcpRelevant) {
        this.bcpRelevant = bcpRelevant;
    }

    public LifecyclePhase getLifecyclePhase() {
        return lifecyclePhase;
    }

    public void setLifecyclePhase(LifecyclePhase lifecyclePhase) {
        this.lifecyclePhase = lifecyclePhase;
    }

    public LocalDate getPlanningStartedOn() {
        return planningStartedOn;
    }

    public void setPlanningStartedOn(LocalDate planningStartedOn) {
        this.planningStartedOn = planningStartedOn;
    }

    public LocalDate getOperationStartedOn() {
        return operationStartedOn;
    }

    public void setOperationStartedOn(LocalDate operationStartedOn) {
        this.operationStartedOn = operationStartedOn;
    }

    public LocalDate getNextRenewalOn() {
        return nextRenewalOn;
    }

    public void setNextRenewalOn(LocalDate nextRenewalOn) {
        this.nextRenewalOn = nextRenewalOn;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public void setRetiredOn(LocalDate retiredOn) {
        this.retiredOn = retiredOn;
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

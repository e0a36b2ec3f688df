package dev.toitsu.organization.rest;

import dev.toitsu.organization.Unit;
import dev.toitsu.organization.UnitDraft;
import dev.toitsu.organization.UnitKind;
import dev.toitsu.organization.Units;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 部局・課室. PUT changes names, code, kind and order; moving is its own operation (a move is not a rename). */
@RestController
@RequestMapping("/api/v1/units")
class UnitApi {

    private final Units units;

    UnitApi(Units units) {
        this.units = units;
    }

    record UnitRequest(
            UUID parentId,

            @NotBlank(message = "{organization.unit.code.required}")
            @Size(max = 40, message = "{organization.unit.code.tooLong}")
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{organization.unit.code.invalid}")
            String code,

            @NotBlank(message = "{organization.unit.name.required}")
            @Size(max = 200, message = "{organization.unit.name.tooLong}")
            String name,

            @Size(max = 200, message = "{organization.unit.nameEn.tooLong}")
            String nameEn,

            @NotNull(message = "{organization.unit.kind.required}")
            UnitKind kind,

            Integer sortOrder,
            Long version) {

        UnitDraft draft() {
            return new UnitDraft(parentId, code, name, nameEn, kind, sortOrder == null ? 0 : sortOrder);
        }
    }

    record MoveRequest(
            UUID parentId,

            @NotNull(message = "{organization.version.required}")
            Long version) {}

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    List<Unit> list() {
        return units.list();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    Unit get(@PathVariable UUID id) {
        return units.get(id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    ResponseEntity<Unit> create(@Valid @RequestBody UnitRequest request) {
        Unit created = units.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/units/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    Unit update(@PathVariable UUID id, @Valid @RequestBody UnitRequest request) {
        return units.revise(id, Versioning.required(request.version()), request.draft());
    }

    @PostMapping("/{id}/move")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    Unit move(@PathVariable UUID id, @Valid @RequestBody MoveRequest request) {
        return units.move(id, request.version(), request.parentId());
    }
}

package dev.toitsu.organization.web;

import dev.toitsu.organization.ContactList;
import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.RoleDefinition;
import dev.toitsu.organization.RoleHolder;
import dev.toitsu.organization.Roles;
import dev.toitsu.organization.Vacancy;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 連絡網 (001 1.2.2.2): the page (printable) and its CSV (UTF-8 with BOM, so that Excel opens it as UTF-8). */
@Controller
class ContactController {

    private final ContactList contacts;
    private final RoleAssignments assignments;
    private final Roles roles;
    private final MessageSource messages;
    private final LocalizedText localized;
    private final Clock clock;

    ContactController(
            ContactList contacts,
            RoleAssignments assignments,
            Roles roles,
            MessageSource messages,
            LocalizedText localized,
            Clock clock) {
        this.clock = clock;
        this.contacts = contacts;
        this.assignments = assignments;
        this.roles = roles;
        this.messages = messages;
        this.localized = localized;
    }

    @GetMapping("/contacts")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    String contacts(Model model) {
        model.addAttribute("entries", contacts.entries());
        model.addAttribute("vacancies", contactVacancies());
        model.addAttribute("today", LocalDate.now(clock));
        return "organization/contacts";
    }

    @GetMapping("/contacts.csv")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    void csv(HttpServletResponse response, Locale locale) throws IOException {
        List<RoleHolder> entries = contacts.entries();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("contacts-" + LocalDate.now(clock) + ".csv", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        String[] headers = List.of("role", "holder", "scope", "unit", "jobTitle", "phone", "email").stream()
                .map(h -> messages.getMessage("organization.contacts." + h, null, locale))
                .toArray(String[]::new);
        try (CSVPrinter printer = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setHeader(headers).get())) {
            for (RoleHolder h : entries) {
                printer.printRecord(
                        localized.pick(h.roleName(), h.roleNameEn()),
                        h.personName(),
                        h.scopeName(),
                        h.personUnitName(),
                        h.jobTitle(),
                        h.phone(),
                        h.email());
            }
        }
    }

    /** Vacancies among the roles of the contact list: the network has a hole there. */
    private List<Vacancy> contactVacancies() {
        Set<String> codes = roles.all().stream()
                .filter(RoleDefinition::contactList)
                .map(RoleDefinition::code)
                .collect(Collectors.toSet());
        return assignments.vacancies().stream()
                .filter(v -> codes.contains(v.roleCode()))
                .toList();
    }
}

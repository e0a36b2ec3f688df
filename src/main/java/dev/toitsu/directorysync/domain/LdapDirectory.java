package dev.toitsu.directorysync.domain;

import dev.toitsu.directorysync.DirectoryEntry;
import dev.toitsu.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchControls;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.ldap.control.PagedResultsDirContextProcessor;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.ldap.core.support.SingleContextSource;
import org.springframework.stereotype.Component;

/**
 * People from LDAP / Active Directory ({@code toitsu.directory.ldap.*}): a paged search (Active Directory answers at
 * most 1,000 entries a page) under {@code base} with {@code filter}, attributes mapped by {@code attributes}. An
 * Active Directory account whose {@code userAccountControl} has the ACCOUNTDISABLE bit counts as having left.
 */
@Component
public class LdapDirectory {

    private static final int ACCOUNT_DISABLED = 0x2;
    private static final int PAGE = 500;

    private final Settings settings;

    LdapDirectory(Settings settings) {
        this.settings = settings;
    }

    public boolean configured() {
        return settings.url() != null && !settings.url().isBlank();
    }

    /** Reads every person under the base; refuses with {@code directorysync.ldap.unavailable} when it cannot. */
    public List<DirectoryEntry> read() {
        if (!configured()) {
            throw new DomainException("directorysync.ldap.notConfigured");
        }
        LdapContextSource source = new LdapContextSource();
        source.setUrl(settings.url());
        source.setBase(settings.base() == null ? "" : settings.base());
        if (settings.userDn() != null && !settings.userDn().isBlank()) {
            source.setUserDn(settings.userDn());
            source.setPassword(settings.password());
        } else {
            source.setAnonymousReadOnly(true);
        }
        source.afterPropertiesSet();
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(settings.attributes().values().toArray(String[]::new));
        List<DirectoryEntry> entries = new ArrayList<>();
        try {
            SingleContextSource.doWithSingleContext(source, operations -> {
                PagedResultsDirContextProcessor pages = new PagedResultsDirContextProcessor(PAGE);
                do {
                    operations.search("", settings.filter(), controls, mapper(entries), pages);
                    pages = new PagedResultsDirContextProcessor(PAGE, pages.getCookie());
                } while (pages.getCookie() != null && pages.getCookie().getCookie() != null);
                return null;
            });
        } catch (org.springframework.ldap.NamingException e) {
            throw new DomainException(
                    "directorysync.ldap.unavailable", e.getClass().getSimpleName());
        }
        return entries;
    }

    private AttributesMapper<DirectoryEntry> mapper(List<DirectoryEntry> entries) {
        return attributes -> {
            DirectoryEntry entry = new DirectoryEntry(
                    entries.size() + 1,
                    value(attributes, "employeeNumber"),
                    value(attributes, "familyName"),
                    value(attributes, "givenName"),
                    value(attributes, "familyNameKana"),
                    value(attributes, "givenNameKana"),
                    value(attributes, "unitCode"),
                    value(attributes, "jobTitle"),
                    value(attributes, "email"),
                    active(value(attributes, "accountControl")));
            entries.add(entry);
            return entry;
        };
    }

    private String value(Attributes attributes, String field) throws NamingException {
        String name = settings.attributes().get(field);
        Attribute attribute = name == null ? null : attributes.get(name);
        return attribute == null || attribute.get() == null
                ? null
                : attribute.get().toString();
    }

    private static boolean active(String userAccountControl) {
        if (userAccountControl == null) {
            return true;
        }
        try {
            return (Integer.parseInt(userAccountControl.strip()) & ACCOUNT_DISABLED) == 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * @param url e.g. {@code ldaps://ad.example.go.jp:636}; empty: no LDAP source
     * @param base where people are, e.g. {@code ou=職員,dc=example,dc=go,dc=jp}
     * @param filter e.g. {@code (&(objectClass=user)(employeeNumber=*))}
     * @param attributes directory attribute per field (defaults suit Active Directory)
     */
    @ConfigurationProperties("toitsu.directory.ldap")
    public record Settings(
            String url, String base, String userDn, String password, String filter, Map<String, String> attributes) {

        public Settings {
            filter = filter == null || filter.isBlank() ? "(&(objectClass=person)(employeeNumber=*))" : filter;
            Map<String, String> defaults = new java.util.LinkedHashMap<>(Map.of(
                    "employeeNumber", "employeeNumber",
                    "familyName", "sn",
                    "givenName", "givenName",
                    "familyNameKana", "msDS-PhoneticLastName",
                    "givenNameKana", "msDS-PhoneticFirstName",
                    "unitCode", "departmentNumber",
                    "jobTitle", "title",
                    "email", "mail",
                    "accountControl", "userAccountControl"));
            if (attributes != null) {
                defaults.putAll(attributes);
            }
            attributes = Map.copyOf(defaults);
        }
    }
}

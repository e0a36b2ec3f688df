package dev.toitsu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.identity.Accounts;
import dev.toitsu.identity.security.SignInFlow;
import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint, web and API, against every kind of demo account: the expected answer comes from the checked-in
 * matrix {@code authorization-matrix.tsv} (method, path, rule), and a route missing from the matrix fails the build,
 * so nobody adds an endpoint without deciding who may call it. Organization and unit scope (another organization's
 * ids answer 404) are tested in each module.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    /** Demo accounts with different permission sets, including one of another organization. */
    private static final List<String> ACCOUNTS =
            List.of("staff", "section-iso", "auditor", "ciso", "general-iso", "admin", "agency-staff");

    /** Sign-in steps and logout change the session; they are in the matrix but not probed here. */
    private static final Set<String> NOT_PROBED = Set.of("POST /login", "POST /logout", "POST /mfa", "GET /mfa");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    DemoSignIn signIn;

    @Autowired
    Accounts accounts;

    @Autowired
    SignInFlow flow;

    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("dev.toitsu")) {
                return; // the framework's own (error page, OpenAPI)
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(m.name() + " " + pattern);
                }
            }
        });
        return routes;
    }

    /**
     * {@code -Dtoitsu.matrix.draft=true} writes target/authorization-matrix.draft.tsv from the handlers' own
     * {@code @PreAuthorize}: a starting point to review, never a substitute for deciding.
     */
    @Test
    void writesADraftOnRequest() throws IOException {
        if (!Boolean.getBoolean("toitsu.matrix.draft")) {
            return;
        }
        StringBuilder draft = new StringBuilder();
        Map<String, String> lines = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("dev.toitsu")) {
                return;
            }
            var annotation = method.getMethodAnnotation(org.springframework.security.access.prepost.PreAuthorize.class);
            if (annotation == null) {
                annotation = method.getBeanType()
                        .getAnnotation(org.springframework.security.access.prepost.PreAuthorize.class);
            }
            String expression = annotation == null ? "?" : annotation.value();
            String rule = expression.equals("permitAll()")
                    ? "public"
                    : expression.equals("isAuthenticated()")
                            ? "authenticated"
                            : expression.replaceAll("hasAuthority\\('([A-Z_]+)'\\)", "$1");
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    lines.put(pattern + " " + m.name(), m.name() + "\t" + pattern + "\t" + rule);
                }
            }
        });
        lines.values().forEach(line -> draft.append(line).append('\n'));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "authorization-matrix.draft.tsv"), draft);
    }

    private static Map<String, String> matrix() throws IOException {
        Map<String, String> rules = new TreeMap<>();
        String text = new ClassPathResource("authorization-matrix.tsv").getContentAsString(StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            rules.put(cells[0].trim() + " " + cells[1].trim(), cells[2].trim());
        }
        return rules;
    }

    @Test
    void everyRouteHasARuleAndEveryRuleARoute() throws IOException {
        Set<String> routes = routes();
        Map<String, String> matrix = matrix();
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(matrix.keySet());
        Set<String> stale = new TreeSet<>(matrix.keySet());
        stale.removeAll(routes);
        assertThat(missing)
                .as("routes without a line in src/test/resources/authorization-matrix.tsv (METHOD<TAB>PATH<TAB>RULE)")
                .isEmpty();
        assertThat(stale)
                .as("lines in authorization-matrix.tsv for routes that no longer exist")
                .isEmpty();
    }

    @Test
    void everyAccountGetsWhatTheMatrixSays() throws IOException {
        List<String> wrong = new ArrayList<>();
        Map<String, String> matrix = matrix();
        for (String account : ACCOUNTS) {
            Set<String> authorities = authorities(account);
            String bearer = signIn.bearer(account, true);
            var session = signIn.as(account);
            for (var rule : matrix.entrySet()) {
                if (NOT_PROBED.contains(rule.getKey())) {
                    continue;
                }
                boolean allowed = allows(rule.getValue(), account, authorities);
                MvcTestResult result = mvc.perform(request(rule.getKey(), session, bearer));
                int status = result.getResponse().getStatus();
                boolean denied = status == 403 || status == 401;
                if (allowed == denied) {
                    wrong.add(account + " " + rule.getKey() + " (" + rule.getValue() + ") → " + status);
                }
            }
        }
        assertThat(wrong).as("answers that differ from the matrix").isEmpty();
    }

    @Test
    void anonymousRequestsReachOnlyPublicRoutes() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (var rule : matrix().entrySet()) {
            if (NOT_PROBED.contains(rule.getKey()) || rule.getValue().equals("public")) {
                continue;
            }
            int status = mvc.perform(request(rule.getKey(), null, null))
                    .getResponse()
                    .getStatus();
            boolean sentToSignIn = status == 401 || status == 302 || status == 403;
            if (!sentToSignIn) {
                wrong.add("anonymous " + rule.getKey() + " → " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Set<String> authorities(String username) {
        UUID id = accounts.byUsername(username).orElseThrow().id();
        return flow.fullyAuthenticated(id).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }

    /**
     * {@code PERM_X} needs the permission anywhere in the organization; {@code PERM_X/organization} needs it
     * organization-wide (a holder scoped to a unit is refused by the service).
     */
    private boolean allows(String rule, String account, Set<String> authorities) {
        if (rule.endsWith(ORGANIZATION_WIDE)) {
            String permission = rule.substring("PERM_".length(), rule.length() - ORGANIZATION_WIDE.length());
            UUID id = accounts.byUsername(account).orElseThrow().id();
            return ((dev.toitsu.shared.Actor) flow.fullyAuthenticated(id).getPrincipal())
                    .canOrganizationWide(dev.toitsu.shared.Permission.valueOf(permission));
        }
        return switch (rule) {
            case "public", "authenticated" -> true;
            default -> authorities.contains(rule);
        };
    }

    private static final String ORGANIZATION_WIDE = "/organization";

    private MockHttpServletRequestBuilder request(
            String route, org.springframework.test.web.servlet.request.RequestPostProcessor session, String bearer) {
        String[] parts = route.split(" ", 2);
        String path =
                parts[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString()).replace("/**", "/x");
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), path);
        boolean api = path.startsWith("/api/");
        if (!parts[0].equals("GET")) {
            request = request.with(csrf());
            if (api) {
                request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (session != null) {
            request = api ? request.header("Authorization", bearer) : request.with(session);
        }
        return request;
    }
}

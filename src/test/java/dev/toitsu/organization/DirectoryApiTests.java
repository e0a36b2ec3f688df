package dev.toitsu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** /api/v1 with personal API tokens: RFC 9457 problems for bad JSON, unknown ids, other organizations, validation. */
@IntegrationTest
class DirectoryApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DemoSignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsUnitsAndPagesPeople() {
        String token = signIn.bearer("staff", false);

        MvcTestResult units = mvc.get()
                .uri("/api/v1/units")
                .header(HttpHeaders.AUTHORIZATION, token)
                .exchange();
        assertThat(units).hasStatusOk();
        assertThat(units).bodyJson().extractingPath("$[*].name").asArray().contains("大臣官房", "企画課");

        MvcTestResult people = mvc.get()
                .uri("/api/v1/people?size=5&page=1")
                .header(HttpHeaders.AUTHORIZATION, token)
                .exchange();
        assertThat(people).hasStatusOk();
        assertThat(people).bodyJson().extractingPath("$.people.length()").isEqualTo(5);
        assertThat(people).bodyJson().extractingPath("$.page").isEqualTo(1);
    }

    @Test
    void createsAUnitAndAnswers409ToAStaleUpdate() {
        String token = signIn.bearer("admin", true);
        String code = "API" + UUID.randomUUID().toString().substring(0, 6);

        MvcTestResult created = mvc.post()
                .uri("/api/v1/units")
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\",\"name\":\"API室\",\"kind\":\"OFFICE\"}")
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        String id = jdbc.sql("select id::text from unit where code = ?")
                .param(code)
                .query(String.class)
                .single();

        MvcTestResult stale = mvc.put()
                .uri("/api/v1/units/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\",\"name\":\"API室（改）\",\"kind\":\"OFFICE\",\"version\":7}")
                .exchange();
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(stale).bodyJson().extractingPath("$.code").isEqualTo("error.conflict");
    }

    @Test
    void badJsonIsA400Problem() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/units")
                .header(HttpHeaders.AUTHORIZATION, signIn.bearer("admin", true))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": ")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void validationErrorsAreA400WithJapaneseMessages() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/people")
                .header(HttpHeaders.AUTHORIZATION, signIn.bearer("admin", true))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"familyName\":\"\",\"givenName\":\"花子\",\"email\":\"not-an-address\"}")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(body).contains("姓を入力してください。", "メールアドレスの形式が正しくありません。");
    }

    @Test
    void anUnknownIdAndAnotherOrganizationsIdAreBoth404() {
        String token = signIn.bearer("staff", false);
        String agencyUnit = jdbc.sql("select u.id::text from unit u join organization o on o.id = u.organization_id"
                        + " where o.code = 'demo-agency' limit 1")
                .query(String.class)
                .single();

        assertThat(mvc.get()
                        .uri("/api/v1/units/{id}", UUID.randomUUID())
                        .header(HttpHeaders.AUTHORIZATION, token)
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        MvcTestResult other = mvc.get()
                .uri("/api/v1/units/{id}", agencyUnit)
                .header(HttpHeaders.AUTHORIZATION, token)
                .exchange();
        assertThat(other).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(other).bodyJson().extractingPath("$.code").isEqualTo("error.notFound");
    }

    @Test
    void aSeparationRefusalIsAProblemCitingTheClause() {
        String auditor = jdbc.sql("select id::text from person where employee_number = 'M0013'")
                .query(String.class)
                .single();
        String chief = jdbc.sql("select r.id::text from role_definition r join organization o on"
                        + " o.id = r.organization_id where o.code = 'demo-ministry' and r.code = 'SECTION_ISO'")
                .query(String.class)
                .single();
        String kansa = jdbc.sql("select id::text from unit where code = 'KANSA'")
                .query(String.class)
                .single();

        MvcTestResult result = mvc.post()
                .uri("/api/v1/role-assignments")
                .header(HttpHeaders.AUTHORIZATION, signIn.bearer("admin", true))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"personId\":\"" + auditor + "\",\"roleId\":\"" + chief + "\",\"scopeId\":\"" + kansa + "\"}")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("organization.assignment.separation");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("1.2.1.2(1)(a)(イ)");
    }

    @Test
    void aReadOnlyTokenCannotChangeAndStaffCannotAdminister() {
        assertThat(mvc.post()
                        .uri("/api/v1/units")
                        .header(HttpHeaders.AUTHORIZATION, signIn.bearer("admin", false))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"RO\",\"name\":\"読取\",\"kind\":\"OFFICE\"}")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/api/v1/units")
                        .header(HttpHeaders.AUTHORIZATION, signIn.bearer("staff2", true))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"ST\",\"name\":\"職員\",\"kind\":\"OFFICE\"}")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void oversightAndContactsAreServed() {
        MvcTestResult overseen = mvc.get()
                .uri("/api/v1/organizations/overseen")
                .header(HttpHeaders.AUTHORIZATION, signIn.bearer("general-iso", false))
                .exchange();
        assertThat(overseen).hasStatusOk();
        assertThat(overseen).bodyJson().extractingPath("$[0].code").isEqualTo("demo-agency");

        MvcTestResult contacts = mvc.get()
                .uri("/api/v1/contacts")
                .header(HttpHeaders.AUTHORIZATION, signIn.bearer("staff", false))
                .exchange();
        assertThat(contacts).hasStatusOk();
    }
}

package dev.toitsu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.shared.ConflictException;
import dev.toitsu.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoGeneratorTests {

    @Autowired
    DemoGenerator generator;

    @Autowired
    JdbcClient jdbc;

    private long count(String sql, String code) {
        return jdbc.sql(sql).param("code", code).query(Long.class).single();
    }

    @Test
    void generatesUnitsPeopleRolesAndAccountsInBulk() {
        String code = "gen-" + UUID.randomUUID().toString().substring(0, 8);
        DemoGenerator.Result result = generator.generate(code, 300, 20, 7);

        assertThat(result.people()).isEqualTo(300);
        assertThat(count(
                        "select count(*) from person p join organization o on o.id = p.organization_id"
                                + " where o.code = :code",
                        code))
                .isEqualTo(300);
        assertThat(count(
                        "select count(*) from unit u join organization o on o.id = u.organization_id"
                                + " where o.code = :code",
                        code))
                .isEqualTo(20);
        // every division has its 課室情報セキュリティ責任者 and the organization its CISO
        assertThat(count(
                        "select count(*) from role_assignment a join role_definition r on r.id = a.role_id"
                                + " join organization o on o.id = a.organization_id where o.code = :code and r.code = 'CISO'",
                        code))
                .isEqualTo(1);
        assertThat(result.accounts()).contains(code + "-ciso", code + "-admin");
        assertThat(count(
                        "select count(*) from audit_event e join organization o on o.id = e.organization_id"
                                + " where o.code = :code and e.action = 'demo.organization.generated'",
                        code))
                .isEqualTo(1);
    }

    @Test
    void theSameSeedGivesTheSamePeople() {
        String first = "gen-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "gen-" + UUID.randomUUID().toString().substring(0, 8);
        generator.generate(first, 50, 5, 99);
        generator.generate(second, 50, 5, 99);
        String names = "select string_agg(family_name || given_name, ',' order by employee_number) from person p"
                + " join organization o on o.id = p.organization_id where o.code = :code";
        assertThat(jdbc.sql(names).param("code", first).query(String.class).single())
                .isEqualTo(jdbc.sql(names)
                        .param("code", second)
                        .query(String.class)
                        .single());
    }

    @Test
    void anExistingCodeIsRefusedAndNothingIsWritten() {
        String code = "gen-" + UUID.randomUUID().toString().substring(0, 8);
        generator.generate(code, 20, 3, 1);
        assertThatThrownBy(() -> generator.generate(code, 20, 3, 1)).isInstanceOf(ConflictException.class);
        assertThat(count("select count(*) from organization where code = :code", code))
                .isEqualTo(1);
    }
}

package dev.toitsu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class OpenApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void describesTheApiWithBearerTokens() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("\"/api/v1/units\"", "\"/api/v1/audit-trail\"", "\"/api/v1/me\"", "\"bearer\"");
    }

    @Test
    void servesSwaggerUi() {
        assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
    }
}

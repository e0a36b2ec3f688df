package dev.toitsu.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs (Swagger UI at /swagger-ui.html): personal API tokens as bearer tokens. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI toitsuOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("toitsu API")
                        .version("v1")
                        .description("統一基準群に基づく情報セキュリティ管理の API。エラーは RFC 9457 problem details"
                                + " (type = urn:toitsu:problem:CODE) で返します。認証は個人用 API トークン"
                                + " (Authorization: Bearer tsu_...) です。")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiToken",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Personal API token from /account/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}

package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.catalog.domain.CatalogStore;
import dev.toitsu.catalog.domain.NodeRow;
import dev.toitsu.catalog.domain.ShippedCatalogs;
import dev.toitsu.catalog.oscal.OscalCatalogs;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OscalIntegrationTest {

    @Autowired
    Catalog catalog;

    @Autowired
    OscalCatalogs oscal;

    @Autowired
    CatalogStore store;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    @ParameterizedTest
    @ValueSource(strings = {ShippedCatalogs.LEGACY, ShippedCatalogs.R5, ShippedCatalogs.GUIDELINE_R6_07})
    void exportValidatesAgainstTheOscalCatalogSchemaAndImportsBackUnchanged(String code) {
        String json = catalog.exportOscal(code);
        assertThat(oscal.validate(json)).isEmpty();
        assertThat(json).contains("\"oscal-version\"").contains("\"controls\"").contains("\"groups\"");

        var admin = CatalogTestSupport.administrator(organizations);
        String copy = CatalogTestSupport.code("oscal");
        EditionSummary imported = signedIn.as(
                admin.accountId(),
                () -> catalog.importOscal(new ImportRequest(
                        copy,
                        null,
                        "nisc-unified",
                        null,
                        null,
                        null,
                        null,
                        code + ".json",
                        json.getBytes(StandardCharsets.UTF_8))));

        EditionSummary original = catalog.edition(code);
        assertThat(imported.title()).isEqualTo(original.title());
        assertThat(imported.sourceAttribution()).isEqualTo(original.sourceAttribution());
        assertThat(imported.outlineOnly()).isEqualTo(original.outlineOnly());
        List<NodeRow> before = store.nodes(code);
        List<NodeRow> after = store.nodes(copy);
        assertThat(after).hasSameSizeAs(before);
        assertThat(after).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(before);
    }

    @org.junit.jupiter.api.Test
    void aDocumentThatIsNoOscalCatalogIsRefused() {
        assertThat(oscal.validate("{\"catalog\": {\"uuid\": \"not-a-uuid\"}}")).isNotEmpty();
        assertThat(oscal.validate("not json")).isNotEmpty();
    }
}

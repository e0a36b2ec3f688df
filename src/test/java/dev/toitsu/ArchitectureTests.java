package dev.toitsu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rules Spring Modulith does not check. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.toitsu");

    private static final DescribedPredicate<JavaMethod> HANDLER = new DescribedPredicate<>("a web handler") {
        @Override
        public boolean test(JavaMethod method) {
            boolean inController = method.getOwner().isAnnotatedWith(Controller.class)
                    || method.getOwner().isAnnotatedWith(RestController.class);
            return inController && method.isMetaAnnotatedWith(RequestMapping.class);
        }
    };

    private static final ArchCondition<JavaMethod> DECLARE_AUTHORIZATION =
            new ArchCondition<>("declare who may call it with @PreAuthorize") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean declared = method.isAnnotatedWith(PreAuthorize.class)
                            || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                    if (!declared) {
                        events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " has no @PreAuthorize (on the method or its class)"));
                    }
                }
            };

    @Test
    void everyWebHandlerDeclaresItsAuthorization() {
        methods().that(HANDLER).should(DECLARE_AUTHORIZATION).check(CLASSES);
    }

    @Test
    void domainDoesNotDependOnWebOrApi() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..web..", "..rest..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void noClassNamedManagerHelperOrUtil() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .check(CLASSES);
    }
}

package vn.bdhvs.campaign.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import jakarta.persistence.Entity;

/** The module and feature boundaries of DESIGN §2 and §8, checked on the compiled classes. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.bdhvs.campaign");

    @Test
    void shouldKeepModuleDependenciesOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("web").definedBy("vn.bdhvs.campaign.web..")
                .layer("reporting").definedBy("vn.bdhvs.campaign.reporting..")
                .layer("core").definedBy("vn.bdhvs.campaign.core..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("reporting").mayOnlyBeAccessedByLayers("web")
                .whereLayer("core").mayOnlyBeAccessedByLayers("reporting", "web")
                .check(CLASSES);
    }

    @Test
    void shouldKeepWebFrameworksOutOfTheCore() {
        noClasses().that().resideInAPackage("vn.bdhvs.campaign.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.security.web..", "org.thymeleaf..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepFeaturesFreeOfCycles() {
        slices().matching("vn.bdhvs.campaign.core.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void shouldHideEntitiesAndRepositoriesInsideTheirFeature() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
        classes().that().haveSimpleNameEndingWith("Repository").should().notBePublic().check(CLASSES);
    }

    @Test
    void shouldKeepControllersPackagePrivateAndInTheWebModule() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().resideInAPackage("vn.bdhvs.campaign.web..")
                .andShould().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void shouldNotLetControllersTouchTheDatabase() {
        noClasses().that().resideInAPackage("vn.bdhvs.campaign.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..",
                        "jakarta.persistence..", "org.springframework.data..")
                .check(CLASSES);
    }
}

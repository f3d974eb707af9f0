package vn.bdhvs.campaign.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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

    /**
     * Which other features each core feature uses, through their public services, query records and
     * events; anything else is a new coupling that has to be declared here first.
     */
    static final Map<String, Set<String>> USES = Map.ofEntries(
            Map.entry("common", Set.of()), Map.entry("audit", Set.of()),
            Map.entry("geography", Set.of("audit", "common")),
            Map.entry("accounts", Set.of("audit", "common", "geography")),
            Map.entry("boundaries", Set.of("accounts", "audit", "common", "geography")),
            Map.entry("planning", Set.of("accounts", "audit", "common", "geography")),
            Map.entry("learners", Set.of("accounts", "audit", "common", "geography", "planning")),
            Map.entry("classes", Set.of("accounts", "audit", "common", "geography", "learners", "planning")),
            Map.entry("teams", Set.of("accounts", "audit", "common", "geography")),
            Map.entry("demo", Set.of("accounts", "audit", "boundaries", "geography")),
            Map.entry("imports", Set.of("accounts", "audit", "common", "geography", "classes", "learners", "planning", "teams")));

    @Test
    void shouldLetCoreFeaturesUseOnlyTheFeaturesTheyDeclare() {
        assertThat(USES.keySet()).containsExactlyInAnyOrderElementsOf(CLASSES.stream()
                .map(c -> c.getPackageName()).filter(p -> p.startsWith("vn.bdhvs.campaign.core."))
                .map(p -> p.substring("vn.bdhvs.campaign.core.".length()).split("\\.")[0]).distinct().toList());
        USES.forEach((feature, used) -> {
            String[] allowed = Stream.concat(Stream.of(feature), used.stream())
                    .map(f -> "vn.bdhvs.campaign.core." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("vn.bdhvs.campaign.core." + feature + "..")
                    .should().dependOnClassesThat(resideInAPackage("vn.bdhvs.campaign.core..")
                            .and(not(resideInAnyPackage(allowed))))
                    .as(feature + " uses only " + used).check(CLASSES);
        });
    }

    /**
     * What the classes feature tells the learners feature, and what the progress engine rebuilds its
     * counters from, is not for pages: only the classes feature and the progress engine use it.
     */
    @Test
    void shouldKeepTheProgressQueriesAndLearnerRecordsForTheirCallers() {
        classes().that().haveSimpleNameEndingWith("Progress").and().resideInAPackage("vn.bdhvs.campaign.core..")
                .should().onlyBeAccessed().byClassesThat(resideInAnyPackage("vn.bdhvs.campaign.core.classes..",
                        "vn.bdhvs.campaign.core.learners..", "vn.bdhvs.campaign.core.teams..",
                        "vn.bdhvs.campaign.reporting.progress.."))
                .check(CLASSES);
        classes().that().haveSimpleName("LearnerDirectory")
                .should().onlyBeAccessed().byClassesThat(resideInAnyPackage("vn.bdhvs.campaign.core.classes..",
                        "vn.bdhvs.campaign.core.learners.."))
                .check(CLASSES);
    }
}

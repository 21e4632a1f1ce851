package org.trialworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of HOUSE-STYLE.md: dependencies point inward, no cycles, libraries in their place. */
class LayerRulesTest {
    private static final String ROOT = "org.trialworkbench";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void modelUsesTheJdkOnly() {
        classes().that().resideInAPackage(ROOT + ".model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".model..", "java..")
                .check(classes);
    }

    @Test
    void innerLayersDependOnTheModelOnly() {
        for (String layer : new String[] {"analysis", "importer", "store", "export", "json"}) {
            noClasses().that().resideInAPackage(ROOT + "." + layer + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".service..", ROOT + ".ui..", ROOT + ".app..")
                    .check(classes);
        }
        noClasses().that().resideInAnyPackage(ROOT + ".analysis..", ROOT + ".store..", ROOT + ".export..", ROOT + ".json..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".importer..")
                .check(classes);
        noClasses().that().resideInAnyPackage(ROOT + ".importer..", ROOT + ".store..", ROOT + ".export..", ROOT + ".json..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".analysis..")
                .check(classes);
        noClasses().that().resideInAnyPackage(ROOT + ".analysis..", ROOT + ".importer..", ROOT + ".export..", ROOT + ".json..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".store..")
                .check(classes);
    }

    @Test
    void serviceDoesNotKnowTheWindowOrTheEntryPoints() {
        noClasses().that().resideInAPackage(ROOT + ".service..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..")
                .check(classes);
    }

    @Test
    void windowSeesOnlyServicesAndModel() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".store..", ROOT + ".importer..",
                        ROOT + ".analysis..", ROOT + ".export..", ROOT + ".json..", ROOT + ".app..")
                .check(classes);
    }

    @Test
    void javaFxOnlyInUiAndApp() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void sqlOnlyInStore() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void jacksonOnlyWhereJsonIsReadOrWritten() {
        noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".analysis..", ROOT + ".service..", ROOT + ".store..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}

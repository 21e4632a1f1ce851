package org.trialworkbench.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The window sees only the service interfaces and the model: no store, importers, readers or exporters. */
class UiLayerTest {
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.trialworkbench.ui", "org.trialworkbench.app");

    @Test
    void uiDependsOnlyOnServiceAndModel() {
        noClasses().that().resideInAPackage("org.trialworkbench.ui..")
                .or().haveFullyQualifiedName("org.trialworkbench.app.DesktopApp")
                .should().dependOnClassesThat().resideInAnyPackage("org.trialworkbench.store..",
                        "org.trialworkbench.importer..", "org.trialworkbench.analysis..", "org.trialworkbench.export..",
                        "java.sql..")
                .check(UI);
    }
}

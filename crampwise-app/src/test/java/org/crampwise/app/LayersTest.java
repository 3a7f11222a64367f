package org.crampwise.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * crampwise-app reads downhill (docs/ARCHITECTURE.md): the command line and the server assembly
 * on top, then the web features, the shared web parts, the features without a web (accounts, the
 * diary's import and export, feedback, learn, FHIR), the diary, and storage at the bottom. No
 * package may import from a layer above its own, and no two packages may import each other,
 * even through others.
 */
class LayersTest {
    /** The app's own classes, imported once for every architecture test. */
    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crampwise.app");

    @Test
    void no_package_imports_from_a_layer_above_its_own() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Entry").definedBy("org.crampwise.app", "org.crampwise.app.cli..")
                .layer("Server").definedBy("org.crampwise.app.server..")
                .layer("WebFeatures").definedBy("org.crampwise.app.web.(*)..")
                .layer("Web").definedBy("org.crampwise.app.web")
                .layer("Features").definedBy("org.crampwise.app.account..", "org.crampwise.app.diary.io..",
                        "org.crampwise.app.feedback..", "org.crampwise.app.learn..", "org.crampwise.app.fhir..")
                .layer("Diary").definedBy("org.crampwise.app.diary")
                .layer("Storage").definedBy("org.crampwise.app.storage..", "org.crampwise.app.logging..",
                        "org.crampwise.app.input..")
                .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
                .whereLayer("Server").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("WebFeatures").mayOnlyBeAccessedByLayers("Entry", "Server")
                .whereLayer("Web").mayOnlyBeAccessedByLayers("Entry", "Server", "WebFeatures")
                .whereLayer("Features").mayOnlyBeAccessedByLayers("Entry", "Server", "WebFeatures", "Web")
                .whereLayer("Diary").mayOnlyBeAccessedByLayers("Entry", "Server", "WebFeatures", "Web", "Features")
                .check(APP);
    }

    @Test
    void no_two_packages_depend_on_each_other() {
        // Within the command line, picocli's annotations name subcommands downwards and the shared
        // version provider upwards: that is the shape of a command tree, not a tangle.
        slices().matching("org.crampwise.app.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.crampwise.app.cli.."), resideInAPackage("org.crampwise.app.cli.."))
                .check(APP);
    }
}

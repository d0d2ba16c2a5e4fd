package org.newsmark.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/decisions/0001: app and cli on top, then ui, then services, store, model. */
@AnalyzeClasses(packages = "org.newsmark", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.newsmark.app..")
            .layer("Cli").definedBy("org.newsmark.cli..")
            .layer("Ui").definedBy("org.newsmark.ui..")
            .layer("Services").definedBy("org.newsmark.importing..", "org.newsmark.exporting..", "org.newsmark.editing..",
                    "org.newsmark.suggest..")
            .layer("Store").definedBy("org.newsmark.store..")
            .layer("Tasks").definedBy("org.newsmark.task..")
            .layer("Model").definedBy("org.newsmark.model..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Services")
            .whereLayer("Tasks").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Services", "Store")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Services", "Store");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesSql = noClasses().that().resideOutsideOfPackage("org.newsmark.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule theModelIsPlainJava = noClasses().that().resideInAPackage("org.newsmark.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..", "picocli..");

    @ArchTest
    static final ArchRule onlyTheWindowUsesJavaFx = noClasses()
            .that().resideInAnyPackage("org.newsmark.model..", "org.newsmark.store..", "org.newsmark.importing..",
                    "org.newsmark.exporting..", "org.newsmark.editing..", "org.newsmark.suggest..", "org.newsmark.task..",
                    "org.newsmark.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..");

    @ArchTest
    static final ArchRule viewModelsHaveNoSceneGraph = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..", "org.fxmisc..");

    /** Readers of other tools' formats hand what they read to the importer; they never open the project. */
    @ArchTest
    static final ArchRule formatReadersNeverTouchTheProject = noClasses()
            .that().resideInAnyPackage("org.newsmark.importing.brat..", "org.newsmark.importing.webanno..",
                    "org.newsmark.importing.w3c..")
            .should().dependOnClassesThat().resideInAnyPackage("org.newsmark.store..");

    /** Exporters read the project through its interface, so they run on any store, a read-only one included. */
    @ArchTest
    static final ArchRule exportersUseTheStoreInterfaceOnly = noClasses().that().resideInAPackage("org.newsmark.exporting..")
            .should().dependOnClassesThat().resideInAnyPackage("org.newsmark.store.sqlite..");

    @ArchTest
    static final ArchRule theCommandLineNeedsNoWindow = noClasses().that().resideInAPackage("org.newsmark.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.newsmark.ui..", "org.newsmark.app..");
}

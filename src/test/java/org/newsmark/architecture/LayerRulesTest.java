package org.newsmark.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * The rules of docs/decisions/0001: app and cli on top, then ui, then the services, store, model;
 * services independent of each other; the window reaching the project only through view models; no
 * cycles between the window's feature packages; threads made in one place. Exemptions are named.
 */
@AnalyzeClasses(packages = "org.newsmark", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    private static final String[] SERVICES = {"org.newsmark.importing..", "org.newsmark.exporting..",
        "org.newsmark.editing..", "org.newsmark.suggest..", "org.newsmark.analysis..", "org.newsmark.agreement.."};

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.newsmark.app..")
            .layer("Cli").definedBy("org.newsmark.cli..")
            .layer("Ui").definedBy("org.newsmark.ui..")
            .layer("Services").definedBy(SERVICES)
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

    /** Importing, exporting, editing, suggesting, analysing and measuring agreement each stand on the store and the model alone. */
    @ArchTest
    static final ArchRule servicesAreIndependentOfEachOther = slices()
            .matching("org.newsmark.(importing|exporting|editing|suggest|analysis|agreement)..")
            .namingSlices("$1")
            .should().notDependOnEachOther()
            .because("each service is used by the window and the command line alike, and is tested on its own");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesSql = noClasses().that().resideOutsideOfPackage("org.newsmark.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule theModelIsPlainJava = noClasses().that().resideInAPackage("org.newsmark.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..", "picocli..");

    @ArchTest
    static final ArchRule onlyTheWindowUsesJavaFx = noClasses()
            .that().resideInAnyPackage("org.newsmark.model..", "org.newsmark.store..", "org.newsmark.importing..",
                    "org.newsmark.exporting..", "org.newsmark.editing..", "org.newsmark.suggest..", "org.newsmark.analysis..",
                    "org.newsmark.agreement..", "org.newsmark.task..", "org.newsmark.cli..")
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

    /** A format's conventions, shared by its reader and its writer, are plain Java that depends on nothing of Newsmark's. */
    @ArchTest
    static final ArchRule formatConventionsArePlainJava = classes().that().resideInAPackage("org.newsmark.formats..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.newsmark.formats..");

    /** Exporters read the project through its interface, so they run on any store, a read-only one included. */
    @ArchTest
    static final ArchRule exportersUseTheStoreInterfaceOnly = noClasses().that().resideInAPackage("org.newsmark.exporting..")
            .should().dependOnClassesThat().resideInAnyPackage("org.newsmark.store.sqlite..");

    /**
     * A view talks to its view model; only view models read and write the project. Exempt: the
     * store's exception types, which views may name when they put a failure into words.
     */
    @ArchTest
    static final ArchRule viewsReachTheProjectOnlyThroughViewModels = noClasses()
            .that().resideInAPackage("org.newsmark.ui..").and(describe("are not view models or parts of one",
                    (JavaClass type) -> !type.getName().matches(".*ViewModel(\\$.*)?")))
            .should().dependOnClassesThat(describe("the project store (other than its exceptions)",
                    (JavaClass type) -> type.getPackageName().startsWith("org.newsmark.store")
                            && !type.isAssignableTo(RuntimeException.class)));

    @ArchTest
    static final ArchRule theWindowsFeaturesHaveNoCycles = slices().matching("org.newsmark.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theCommandLineNeedsNoWindow = noClasses().that().resideInAPackage("org.newsmark.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.newsmark.ui..", "org.newsmark.app..");

    /**
     * Threads are made in one place (org.newsmark.task.Threads, used by the task runners), so each is
     * named, logs what escapes it, and is stopped with its owner.
     */
    @ArchTest
    static final ArchRule threadsAreMadeOnlyByTheTaskPackage = noClasses()
            .that().resideOutsideOfPackage("org.newsmark.task..")
            .should().callCodeUnitWhere(target(owner(describe("java.lang.Thread",
                    (JavaClass owner) -> owner.isAssignableTo(Thread.class)))).and(target(name("<init>"))))
            .orShould().dependOnClassesThat().belongToAnyOf(Executors.class, ForkJoinPool.class, ThreadPoolExecutor.class)
            .orShould().callMethodWhere(target(owner(describe("CompletableFuture", (JavaClass owner) ->
                    owner.isEquivalentTo(CompletableFuture.class)))).and(target(describe("a method run on another thread",
                    method -> method.getName().endsWith("Async")))));
}

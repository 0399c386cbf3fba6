package dev.assetstudio.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of {@code docs/DESIGN.md}, checked on the compiled classes of all three modules (this
 * module's test classpath sees them all): the api sees only the JDK, the engine knows nothing of
 * JavaFX, the studio never talks JDBC nor reaches into the engine's storage and loading internals,
 * and the studio's packages form no cycle (the engine's own cycle rule is the engine module's
 * {@code PackageCyclesTest}).
 */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.assetstudio");
        // Rules over an empty import pass vacuously; make sure every layer is really there.
        for (String layer :
                new String[] {"dev.assetstudio.api", "dev.assetstudio.engine.run", "dev.assetstudio.app.session"}) {
            assertTrue(classes.containPackage(layer), "no classes imported from " + layer);
        }
    }

    @Test
    void apiDependsOnTheJdkOnly() {
        noClasses()
                .that()
                .resideInAPackage("dev.assetstudio.api..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("dev.assetstudio.api..", "java..", "javax.annotation..")
                .check(classes);
    }

    @Test
    void engineImportsNoJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("dev.assetstudio.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "dev.assetstudio.app..")
                .check(classes);
    }

    @Test
    void studioOpensNoJdbcConnection() {
        noClasses()
                .that()
                .resideInAPackage("dev.assetstudio.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void studioLeavesLoadingAndStorageToTheEngine() {
        noClasses()
                .that()
                .resideInAPackage("dev.assetstudio.app..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.assetstudio.engine.history.SqliteHistoryStore")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.assetstudio.engine.load.ProjectLoader")
                .check(classes);
    }

    @Test
    void studioOnlyReadsHistory() {
        // Project.history() gives the read side; the write side (HistoryStore, Project.historyStore())
        // belongs to the engine's runs, backfills and loads.
        noClasses()
                .that()
                .resideInAPackage("dev.assetstudio.app..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.assetstudio.engine.history.HistoryStore")
                .orShould()
                .callMethod("dev.assetstudio.engine.Project", "historyStore")
                .check(classes);
    }

    @Test
    void layoutAlgorithmsImportNoJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("dev.assetstudio.app.graph.layout..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void studioPackagesAreFreeOfCycles() {
        // One slice per package, the root package dev.assetstudio.app included (a "(**)" pattern
        // would leave the root out).
        slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                        String pkg = javaClass.getPackageName();
                        return pkg.equals("dev.assetstudio.app") || pkg.startsWith("dev.assetstudio.app.")
                                ? SliceIdentifier.of(pkg)
                                : SliceIdentifier.ignore();
                    }

                    @Override
                    public String getDescription() {
                        return "studio packages";
                    }
                })
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}

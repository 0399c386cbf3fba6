package dev.assetstudio.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's public surface, as a {@code module-info.java} would export it, checked on the studio:
 * the studio uses the engine only through its exported packages, never through the packages that are
 * the engine's own business (the CLI, storage and IO plumbing, the worker protocol, the cluster,
 * the backfill launcher, jar loading). docs/DESIGN.md says why this is an ArchUnit
 * rule rather than a module descriptor.
 */
class EngineSurfaceTest {
    /** The engine packages the studio may use (a module descriptor's {@code exports}). */
    static final Set<String> EXPORTED = Set.of(
            "dev.assetstudio.engine",
            "dev.assetstudio.engine.model",
            "dev.assetstudio.engine.config",
            "dev.assetstudio.engine.definitions",
            "dev.assetstudio.engine.graph",
            "dev.assetstudio.engine.history",
            "dev.assetstudio.engine.run",
            "dev.assetstudio.engine.run.event",
            "dev.assetstudio.engine.backfill",
            "dev.assetstudio.engine.status",
            "dev.assetstudio.engine.health",
            "dev.assetstudio.engine.preview",
            "dev.assetstudio.engine.selection",
            "dev.assetstudio.engine.automation",
            "dev.assetstudio.engine.text");

    /**
     * Single types of otherwise internal packages that are part of the surface: values a caller
     * passes in or an error it catches. Kept short on purpose; a new entry is a new public type.
     */
    static final Set<String> EXPORTED_TYPES = Set.of(
            "dev.assetstudio.engine.worker.WorkerSettings",
            "dev.assetstudio.engine.load.ProjectLoadException",
            // the studio's Run on menu and cluster panel: where a cluster is, and who runs what on it
            "dev.assetstudio.engine.cluster.ClusterSettings",
            "dev.assetstudio.engine.cluster.ClusterMonitor",
            "dev.assetstudio.engine.cluster.ClusterMember",
            "dev.assetstudio.engine.cluster.RunningStep",
            "dev.assetstudio.engine.cluster.DepartedWorker",
            "dev.assetstudio.engine.cluster.ClusterException");

    /** Storage internals of exported packages, which only the engine touches. */
    static final Set<String> HIDDEN_TYPES = Set.of(
            "dev.assetstudio.engine.history.HistoryStore",
            "dev.assetstudio.engine.history.SqliteHistoryStore",
            "dev.assetstudio.engine.history.SharedHistoryStores");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.assetstudio");
        assertTrue(classes.containPackage("dev.assetstudio.app.session"), "no studio classes imported");
        assertTrue(classes.containPackage("dev.assetstudio.engine.cli"), "no engine classes imported");
    }

    @Test
    void studioUsesOnlyTheEnginesPublicSurface() {
        noClasses()
                .that()
                .resideInAPackage("dev.assetstudio.app..")
                .should()
                .dependOnClassesThat(outsideTheSurface())
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> outsideTheSurface() {
        return DescribedPredicate.describe("are engine types outside its exported packages", c -> {
            String name = c.getName();
            int nested = name.indexOf('$');
            String topLevel = nested < 0 ? name : name.substring(0, nested);
            if (!c.getPackageName().startsWith("dev.assetstudio.engine")) {
                return false;
            }
            if (HIDDEN_TYPES.contains(topLevel)) {
                return true;
            }
            return !EXPORTED.contains(c.getPackageName()) && !EXPORTED_TYPES.contains(topLevel);
        });
    }
}

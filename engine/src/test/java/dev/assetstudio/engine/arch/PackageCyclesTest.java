package dev.assetstudio.engine.arch;

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
 * The engine's packages form no cycle: each package under {@code dev.assetstudio.engine} is one
 * node, and so is each type of the root package itself.
 *
 * <p>Why the root package is split by type: API.md section 4 pins the public names ({@code Project},
 * {@code RunResult}, {@code StepStatus}, {@code Materialization}, ...) to {@code
 * dev.assetstudio.engine}. {@code Project} is the facade over every other package, while the value
 * types are used by those packages; as one node they would form a cycle that only the package name
 * makes. As separate nodes, a real cycle through any of them (a value type reaching back into a
 * package that uses it, or a package reaching the facade that reaches it) still fails this test.
 */
class PackageCyclesTest {
    private static final String ENGINE = "dev.assetstudio.engine";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ENGINE);
        for (String pkg : new String[] {ENGINE, ENGINE + ".run", ENGINE + ".history", ENGINE + ".graph"}) {
            assertTrue(classes.containPackage(pkg), "no classes imported from " + pkg);
        }
    }

    @Test
    void enginePackagesAreFreeOfCycles() {
        slices().assignedFrom(new EngineSlices())
                .should()
                .beFreeOfCycles()
                .because("the facade sits on top, the packages below it never reach back up")
                .check(classes);
    }

    /** One slice per package below the root, one per top-level type in the root package. */
    private static final class EngineSlices implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (pkg.equals(ENGINE)) {
                String name = javaClass.getName().substring(ENGINE.length() + 1);
                int nested = name.indexOf('$');
                return SliceIdentifier.of(ENGINE + "." + (nested < 0 ? name : name.substring(0, nested)));
            }
            if (pkg.startsWith(ENGINE + ".")) {
                return SliceIdentifier.of(pkg);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "engine packages (the root package one type per slice)";
        }
    }
}

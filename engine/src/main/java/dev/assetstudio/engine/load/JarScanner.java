package dev.assetstudio.engine.load;

import dev.assetstudio.api.Asset;
import dev.assetstudio.api.ScheduleDefinition;
import dev.assetstudio.api.Sensor;
import dev.assetstudio.api.SourceAsset;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.ScanResult;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Finds, by reading class files only (nothing is loaded or initialized), the classes of a jar that
 * have {@code @Asset} or {@code @Sensor} methods, or static {@code SourceAsset} or {@code ScheduleDefinition} fields: the jar's assets when it lists
 * have {@code @Asset}, {@code @MultiAsset} or {@code @AssetCheck} methods or static {@code SourceAsset} fields: the jar's assets when it lists
 * no {@code DefinitionsProvider}.
 */
final class JarScanner {
    private static final String ASSET = Asset.class.getName();
    private static final String SENSOR = Sensor.class.getName();
    private static final String SCHEDULE_DESCRIPTOR =
            "L" + ScheduleDefinition.class.getName().replace('.', '/') + ";";
    private static final String MULTI_ASSET = dev.assetstudio.api.MultiAsset.class.getName();
    private static final String ASSET_CHECK = dev.assetstudio.api.AssetCheck.class.getName();
    private static final String SOURCE_ASSET_DESCRIPTOR =
            "L" + SourceAsset.class.getName().replace('.', '/') + ";";

    private JarScanner() {}

    /** The names of the jar's asset classes, sorted. */
    static SortedSet<String> assetClassNames(Path jar) {
        SortedSet<String> names = new TreeSet<>();
        // overrideClasspath: only this jar is scanned, not the studio's class path; non-public
        // methods are included so that a private @Asset method is reported instead of ignored.
        try (ScanResult scan = new ClassGraph()
                .overrideClasspath(List.of(jar.toFile()))
                .enableClassInfo()
                .enableMethodInfo()
                .enableFieldInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .ignoreMethodVisibility()
                .ignoreFieldVisibility()
                .disableNestedJarScanning()
                .scan()) {
            for (ClassInfo info : scan.getAllClasses()) {
                if (isAssetClass(info)) {
                    names.add(info.getName());
                }
            }
        }
        return names;
    }

    private static boolean isAssetClass(ClassInfo info) {
        for (MethodInfo method : info.getDeclaredMethodInfo()) {
            if (method.getAnnotationInfo(ASSET) != null
                    || method.getAnnotationInfo(SENSOR) != null
                    || method.getAnnotationInfo(MULTI_ASSET) != null
                    || method.getAnnotationInfo(ASSET_CHECK) != null) {
                return true;
            }
        }
        for (FieldInfo field : info.getDeclaredFieldInfo()) {
            if (field.isStatic()
                    && (SOURCE_ASSET_DESCRIPTOR.equals(field.getTypeDescriptorStr())
                            || SCHEDULE_DESCRIPTOR.equals(field.getTypeDescriptorStr()))) {
                return true;
            }
        }
        return false;
    }
}

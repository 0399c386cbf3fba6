package dev.assetstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.worker.WorkerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits remembered per jar: saved, read back, applied to options, and refused when wrong. */
class ProjectSettingsTest {
    @TempDir
    Path home;

    @Test
    void rememberedPerJarAndAppliedOverTheOptions() throws Exception {
        Path a = home.resolve("jars/a.jar");
        Path b = home.resolve("other/a.jar");
        assertEquals(ProjectSettings.none(), ProjectSettings.load(home, a));

        new ProjectSettings("512m", List.of("-Dx=1"), 3, 2500L).save(home, a);
        assertEquals(new ProjectSettings("512m", List.of("-Dx=1"), 3, 2500L), ProjectSettings.load(home, a));
        assertEquals(ProjectSettings.none(), ProjectSettings.load(home, b), "same name, other jar");
        assertNotEquals(ProjectSettings.file(home, a), ProjectSettings.file(home, b));

        ProjectOptions base = ProjectOptions.builder()
                .home(home)
                .execution(Execution.WORKER)
                .workerJvmOptions(List.of("-Dkept=1"))
                .build();
        ProjectOptions applied = ProjectSettings.load(home, a).applyTo(base);
        assertEquals(Execution.WORKER, applied.execution());
        assertEquals("512m", applied.worker().heap());
        assertEquals(List.of("-Dx=1"), applied.worker().jvmOptions());
        assertEquals(Duration.ofMillis(2500), applied.worker().cancelGrace());
        assertEquals(3, applied.parallelism());
        ProjectOptions untouched = ProjectSettings.none().applyTo(base);
        assertEquals(List.of("-Dkept=1"), untouched.worker().jvmOptions());
        assertEquals(WorkerSettings.DEFAULT_CANCEL_GRACE, untouched.worker().cancelGrace());
        assertEquals(WorkerSettings.DEFAULT_SENSOR_TIMEOUT, untouched.worker().sensorTimeout());
        assertEquals(ClusterSettings.local("local"), untouched.cluster(), "the cluster a single run may ask for");
    }

    @Test
    void theSensorTimeoutIsRememberedAndApplied() {
        Path jar = home.resolve("jars/s.jar");
        ProjectSettings.none().withSensorTimeoutMillis(7000L).save(home, jar);
        ProjectSettings loaded = ProjectSettings.load(home, jar);
        assertEquals(7000L, loaded.sensorTimeoutMillis());
        assertEquals(Duration.ofSeconds(7), loaded.workerSettings().sensorTimeout());
        ProjectOptions applied =
                loaded.applyTo(ProjectOptions.builder().home(home).build());
        assertEquals(Duration.ofSeconds(7), applied.worker().sensorTimeout());
        IllegalArgumentException zero = assertThrows(
                IllegalArgumentException.class, () -> ProjectSettings.none().withSensorTimeoutMillis(0L));
        assertEquals("the sensor timeout must be a positive number of seconds, got 0.0", zero.getMessage());
    }

    @Test
    void aHeapThatJavaWouldRefuseAndAnUnreadableFileAreNamed() throws Exception {
        IllegalArgumentException heap =
                assertThrows(IllegalArgumentException.class, () -> new ProjectSettings("lots", List.of(), null, null)
                        .workerSettings());
        assertEquals("worker heap 'lots' is not a size -Xmx takes (e.g. 512m, 2g)", heap.getMessage());

        Path jar = home.resolve("x.jar");
        Path file = ProjectSettings.file(home, jar);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{not json");
        IllegalArgumentException bad =
                assertThrows(IllegalArgumentException.class, () -> ProjectSettings.load(home, jar));
        assertTrue(bad.getMessage().startsWith("cannot read the project settings " + file), bad.getMessage());
    }
}

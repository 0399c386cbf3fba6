package dev.assetstudio.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.app.theme.TestPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentProjectsTest {

    @TempDir
    Path dir;

    private final Preferences preferences = TestPreferences.fresh();

    @AfterEach
    void forget() {
        TestPreferences.remove(preferences);
    }

    @Test
    void keepsTheTenMostRecentExistingJarsNewestFirst() throws Exception {
        var recent = new RecentProjects(preferences);
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            jars.add(Files.createFile(dir.resolve("p" + i + ".jar")));
            recent.add(jars.get(i));
        }
        recent.add(jars.get(5));

        List<Path> list = new RecentProjects(preferences).list();
        assertEquals(RecentProjects.MAX, list.size());
        assertEquals(jars.get(5), list.get(0));
        assertEquals(jars.get(11), list.get(1));

        Files.delete(jars.get(11));
        assertEquals(jars.get(10), new RecentProjects(preferences).list().get(1), "missing jars are dropped");
    }
}

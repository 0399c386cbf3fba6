package dev.assetstudio.app.partitions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AssetStudioHome;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partition picker over two assets counts over both, not the first one only. */
class PickerCountsOverAssetsTest {
    private static final AssetKey PRICES = AssetKey.of("dailyPrices");
    private static final AssetKey SALES = AssetKey.of("dailySales");

    @TempDir
    Path home;

    private Project project;
    private String previousHome;

    @BeforeEach
    void open() {
        previousHome = System.getProperty(AssetStudioHome.PROPERTY);
        System.setProperty(AssetStudioHome.PROPERTY, home.toString());
        project = TestProjects.openCereal(home);
    }

    @AfterEach
    void close() {
        project.close();
        if (previousHome == null) {
            System.clearProperty(AssetStudioHome.PROPERTY);
        } else {
            System.setProperty(AssetStudioHome.PROPERTY, previousHome);
        }
    }

    @Test
    void aPartitionCountsAsMaterializedOnlyWhenEverySelectedAssetHasIt() {
        project.materialize(
                AssetSelection.parse("dailyPrices"),
                RunRequest.builder().partitionRange("2024-01-01", "2024-01-03").build());
        project.materialize(
                AssetSelection.parse("dailySales"),
                RunRequest.builder().partitionKey("2024-01-02").build());

        PartitionHealth.Counts prices =
                PartitionHealth.load(project, List.of(PRICES)).orElseThrow().counts();
        assertEquals(3, prices.materialized());
        PartitionHealth both =
                PartitionHealth.load(project, List.of(PRICES, SALES)).orElseThrow();
        assertEquals(1, both.counts().materialized(), both.counts()::summary);
        assertEquals(both.size() - 1, both.counts().missing(), both.counts()::summary);
        assertEquals(PartitionState.MATERIALIZED, both.state("2024-01-02"));
        assertEquals(PartitionState.MISSING, both.state("2024-01-01"), "dailySales lacks it");
    }
}

package dev.assetstudio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "first asset file" of the README, taken from the README itself, compiled with {@code
 * -parameters} and run: what a new user copies must work.
 */
class ReadmeExampleTest {
    private static final Pattern FIRST_ASSET_FILE =
            Pattern.compile("A first asset file:\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void theReadmesFirstAssetProjectCompilesAndMaterializes() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher m = FIRST_ASSET_FILE.matcher(readme);
        assertTrue(m.find(), "README.md has a 'A first asset file:' java block");
        String source = m.group(1);
        Matcher cls = Pattern.compile("package ([\\w.]+);.*?public final class (\\w+)", Pattern.DOTALL)
                .matcher(source);
        assertTrue(cls.find(), "the block declares a package and a public class");

        Path jar = TestJars.builder()
                .source(cls.group(1) + "." + cls.group(2), source)
                .build(dir.resolve("first-assets.jar"));
        try (Project project = Project.open(
                jar, ProjectOptions.builder().home(dir.resolve("home")).build())) {
            assertEquals(List.of(AssetKey.of("downstreamAsset"), AssetKey.of("upstreamAsset")), project.assetKeys());
            RunResult result = project.materialize(AssetSelection.parse("*downstreamAsset"));
            assertTrue(result.succeeded(), result::toString);
            assertEquals(List.of(1, 2, 3, 4), project.loadAssetValue(AssetKey.of("downstreamAsset")));
            assertEquals(
                    4L,
                    project.history()
                            .latestMaterialization(AssetKey.of("downstreamAsset"))
                            .orElseThrow()
                            .metadata()
                            .get("num_rows"));
        }
    }
}

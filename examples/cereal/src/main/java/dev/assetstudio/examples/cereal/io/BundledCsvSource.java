package dev.assetstudio.examples.cereal.io;

import dev.assetstudio.api.IOManager;
import dev.assetstudio.api.InputContext;
import dev.assetstudio.api.OutputContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The I/O manager of the source assets: loads a CSV file shipped inside the asset jar as raw rows
 * ({@code List<Map<String, String>>}, column name to text). Source assets are never materialized,
 * so storing is an error.
 *
 * <p>Registered under the resource key {@code csv_source}; which classpath resource belongs to
 * which source asset key ({@code "cereal_csv"}) is given to the constructor.
 */
public final class BundledCsvSource implements IOManager {
    private final Map<String, String> resourceByKey;

    /**
     * @param resourceByKey source asset key as written ({@code a/b}) to an absolute classpath
     *     resource name ({@code /dev/.../cereal.csv})
     */
    public BundledCsvSource(Map<String, String> resourceByKey) {
        this.resourceByKey = Map.copyOf(resourceByKey);
    }

    @Override
    public void handleOutput(OutputContext context, Object value) {
        throw new UnsupportedOperationException(
                "source asset " + context.assetKey() + " is read from the jar and cannot be materialized");
    }

    @Override
    public Object loadInput(InputContext context) throws IOException {
        String key = context.assetKey().toString();
        String resource = resourceByKey.get(key);
        if (resource == null) {
            throw new IllegalArgumentException(
                    "no bundled CSV for source asset " + key + "; known: " + resourceByKey.keySet());
        }
        List<Map<String, String>> rows = read(resource);
        context.log().info("loaded {} rows of {} from {}", rows.size(), key, resource);
        return rows;
    }

    /** Reads a classpath resource of this jar as CSV rows. */
    public static List<Map<String, String>> read(String resource) {
        try (InputStream stream = BundledCsvSource.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the asset jar");
            }
            try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                return Csv.read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

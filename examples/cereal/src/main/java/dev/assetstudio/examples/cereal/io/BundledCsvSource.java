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
 *
 * <p>A bundled file reads at once; a real source seldom does. The environment variable {@value
 * #DELAY_ENV} (milliseconds) makes each read wait that long first, like a slow remote source: a
 * run then lasts long enough to watch it, e.g. on a cluster (set it where the steps run).
 */
public final class BundledCsvSource implements IOManager {
    /** The environment variable of the simulated latency of a read, in milliseconds. */
    public static final String DELAY_ENV = "CEREAL_SOURCE_DELAY_MS";

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
        long delay = delayMillis();
        if (delay > 0) {
            context.log().info("waiting {} ms for {} as a remote source would ({})", delay, key, DELAY_ENV);
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading " + key, e);
            }
        }
        List<Map<String, String>> rows = read(resource);
        context.log().info("loaded {} rows of {} from {}", rows.size(), key, resource);
        return rows;
    }

    private static long delayMillis() {
        String value = System.getenv(DELAY_ENV);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(DELAY_ENV + " must be a number of milliseconds, got '" + value + "'", e);
        }
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

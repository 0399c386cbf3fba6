package dev.assetstudio.api;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An I/O manager that stores each asset (and each partition) as one file under a base directory;
 * subclasses only say how a value becomes a file and back (Dagster's {@code UPathIOManager}).
 *
 * <pre>{@code
 * public final class CsvIOManager extends PathIOManager {
 *     public CsvIOManager(Path base) { super(base); }
 *     @Override protected String extension() { return ".csv"; }
 *     @Override protected void dumpToPath(OutputContext ctx, Object value, Path path) throws IOException {
 *         Files.write(path, (List<String>) value);
 *     }
 *     @Override protected Object loadFromPath(InputContext ctx, Path path) throws IOException {
 *         return Files.readAllLines(path);
 *     }
 * }
 * }</pre>
 *
 * <p>Asset {@code a/b/c} is {@code <base>/a/b/c} plus {@link #extension()}; its partition {@code p}
 * is {@code <base>/a/b/c/p} plus the extension. A key or partition segment that is empty, {@code .},
 * {@code ..}, holds a path separator, or would otherwise leave the base directory is refused, because
 * keys and partitions come from user code and must not write elsewhere on disk.
 *
 * <p>Writes go to a temporary file in the target directory that is then atomically renamed over the
 * target, so readers never see a half-written value. The temporary file is hidden and named {@code
 * .<name>.<digits>.tmp}, never a name a value is read from; if the process is killed mid-write it
 * stays behind, and the first write into that folder by a later manager (a later process) deletes it
 * once it has sat untouched for an
 * hour (so a write still in progress in another process is not disturbed). Inputs: an unpartitioned upstream, or a
 * partitioned step reading one partition, gets the value; otherwise the input is a {@code Map<String,
 * T>} sorted by partition key. A missing partition is an error unless the input's metadata sets
 * {@code allow_missing_partitions} ({@link #ALLOW_MISSING_PARTITIONS}) to {@code true}, in which case it
 * is left out of the map.
 */
public abstract class PathIOManager implements IOManager {
    /**
     * The input metadata key that lets a partitioned input skip missing partitions: set to {@code
     * true}, a partition never materialized is left out of the input's map instead of failing the load.
     * The built-in {@link InMemoryIOManager} honours it too.
     *
     * <pre>{@code
     * @In(value = "daily", metadata = @Meta(key = PathIOManager.ALLOW_MISSING_PARTITIONS, value = "true"))
     * }</pre>
     */
    public static final String ALLOW_MISSING_PARTITIONS = "allow_missing_partitions";

    /** How long a temporary file must sit untouched before a later write of its value deletes it. */
    static final Duration STALE_TEMP_AGE = Duration.ofHours(1);

    private static final String TEMP_SUFFIX = ".tmp";

    private final Path baseDir;
    private final Set<Path> sweptDirs = ConcurrentHashMap.newKeySet();

    /** Stores under {@code baseDir}, created on first write. */
    protected PathIOManager(Path baseDir) {
        this.baseDir =
                Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize();
    }

    /** Writes {@code value} to {@code path}, a fresh file whose parent exists. */
    protected abstract void dumpToPath(OutputContext context, Object value, Path path) throws Exception;

    /** Reads the value stored at {@code path}. */
    protected abstract Object loadFromPath(InputContext context, Path path) throws Exception;

    /** Appended to every file name, with its dot ({@code ".csv"}); none by default. */
    protected String extension() {
        return "";
    }

    /** The absolute base directory. */
    public Path baseDir() {
        return baseDir;
    }

    /**
     * The file of {@code key}, or of its partition {@code partitionKey} when not {@code null}.
     *
     * @throws IllegalArgumentException naming the key when a segment is not a safe path segment
     */
    public Path pathFor(AssetKey key, String partitionKey) {
        List<String> segments = key.path();
        Path path = baseDir;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            checkSegment(key, partitionKey, segment, "key segment");
            boolean last = i == segments.size() - 1 && partitionKey == null;
            path = path.resolve(last ? segment + extension() : segment);
        }
        if (partitionKey != null) {
            checkSegment(key, partitionKey, partitionKey, "partition key");
            path = path.resolve(partitionKey + extension());
        }
        Path normalized = path.normalize();
        if (!normalized.startsWith(baseDir) || normalized.equals(baseDir)) {
            throw unsafe(key, partitionKey, "resolves outside " + baseDir);
        }
        return normalized;
    }

    private static void checkSegment(AssetKey key, String partitionKey, String segment, String what) {
        if (segment.isEmpty()
                || segment.equals(".")
                || segment.equals("..")
                || segment.indexOf('/') >= 0
                || segment.indexOf('\\') >= 0
                || segment.indexOf('\0') >= 0) {
            throw unsafe(key, partitionKey, what + " '" + segment + "' is not a safe file name");
        }
    }

    private static IllegalArgumentException unsafe(AssetKey key, String partitionKey, String why) {
        return new IllegalArgumentException("asset " + describe(key, partitionKey) + " cannot be stored: " + why);
    }

    private static String describe(AssetKey key, String partitionKey) {
        return key + (partitionKey == null ? "" : " partition " + partitionKey);
    }

    @Override
    public void handleOutput(OutputContext context, Object value) throws Exception {
        String partition = outputPartition(context);
        Path target = pathFor(context.assetKey(), partition);
        Path dir = target.getParent();
        String prefix = tempPrefix(target.getFileName().toString());
        if (sweptDirs.add(dir)) {
            // Once per folder and manager: creating it on every write costs an exception each time, and
            // listing a folder of 10,000 values on every write is quadratic. A folder removed since is
            // created again when its temp file cannot be.
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                sweptDirs.remove(dir);
                throw e;
            }
            deleteStaleTempFiles(dir);
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, prefix, TEMP_SUFFIX);
        } catch (NoSuchFileException e) {
            // removed since this manager created it (or another thread is creating it now)
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, prefix, TEMP_SUFFIX);
        }
        boolean moved = false;
        try {
            dumpToPath(context, value, temp);
            moveAtomically(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
        context.addOutputMetadata("path", target.toString());
    }

    private static String tempPrefix(String fileName) {
        return "." + fileName + ".";
    }

    /**
     * Deletes the temporary files of earlier writes that a killed process left behind in {@code dir}
     * (a hidden {@code .name.<digits>.tmp}, never read as a value). Only files untouched for {@link
     * #STALE_TEMP_AGE} go, so a write still in progress elsewhere is left alone; cleaning never fails
     * the write.
     */
    private static void deleteStaleTempFiles(Path dir) {
        Instant staleBefore = Instant.now().minus(STALE_TEMP_AGE);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, PathIOManager::isTempName)) {
            for (Path temp : temps) {
                try {
                    if (Files.getLastModifiedTime(temp).toInstant().isBefore(staleBefore)) {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException e) {
                    // gone meanwhile, or not ours to delete: the write goes on
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // the write goes on; a leftover temp file is only wasted space
        }
    }

    private static boolean isTempName(Path path) {
        String name = path.getFileName().toString();
        if (!name.startsWith(".") || !name.endsWith(TEMP_SUFFIX)) {
            return false;
        }
        String rest = name.substring(0, name.length() - TEMP_SUFFIX.length());
        String digits = rest.substring(rest.lastIndexOf('.') + 1);
        return rest.lastIndexOf('.') > 0 && !digits.isEmpty() && digits.chars().allMatch(Character::isDigit);
    }

    private static String outputPartition(OutputContext context) {
        if (!context.hasAssetPartitions()) {
            return null;
        }
        if (context.partitionKey() != null) {
            return context.partitionKey();
        }
        if (context.assetPartitionKeys().size() == 1) {
            return context.assetPartitionKeys().get(0);
        }
        throw new IllegalStateException("asset " + context.assetKey() + " is partitioned but the output names "
                + context.assetPartitionKeys().size() + " partitions; store one partition per step");
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same directory, so this only happens on exotic file systems; a plain replace is the best left.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public Object loadInput(InputContext context) throws Exception {
        AssetKey key = context.assetKey();
        if (!context.hasAssetPartitions()) {
            Path path = pathFor(key, null);
            if (!Files.isRegularFile(path)) {
                throw new FileNotFoundException(
                        "asset " + key + " has no stored value at " + path + "; materialize it first");
            }
            return loadFromPath(context, path);
        }
        if (PartitionedLoad.loadsSingleValue(context)) {
            String partition = context.assetPartitionKeys().get(0);
            Path path = pathFor(key, partition);
            if (!Files.isRegularFile(path)) {
                throw missingPartition(key, partition, path);
            }
            return loadFromPath(context, path);
        }
        return PartitionedLoad.loadMap(
                context,
                partition -> {
                    Path path = pathFor(key, partition);
                    return Files.isRegularFile(path) ? loadFromPath(context, path) : PartitionedLoad.MISSING;
                },
                partition -> missingPartition(key, partition, pathFor(key, partition)));
    }

    private static FileNotFoundException missingPartition(AssetKey key, String partition, Path path) {
        return new FileNotFoundException("asset " + key + " has no stored value for partition " + partition + " at "
                + path + "; materialize that partition first, or set input metadata "
                + ALLOW_MISSING_PARTITIONS + "=true to skip missing partitions");
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + baseDir + "]";
    }
}

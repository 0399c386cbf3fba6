package dev.assetstudio.api;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default I/O manager: stores any {@link Serializable} value with Java serialization, one file
 * per asset or partition (see {@link PathIOManager} for paths, atomic writes and partitions).
 *
 * <pre>{@code
 * Definitions.builder()
 *     .resource("io_manager", new FilesystemIOManager(Path.of("build/storage")))
 *     .build();
 * }</pre>
 *
 * <p>Without a base directory it uses {@code <home>/storage} ({@link AssetStudioHome}): {@code $ASSET_STUDIO_HOME/storage}, else {@code
 * ~/.asset-studio/storage}. Reading resolves classes through the thread's context class loader (the
 * engine sets it to the project's) and only accepts JDK classes, api value types and the project's
 * own classes ({@link ProjectClassFilter}), since a stored file is untrusted input.
 */
public final class FilesystemIOManager extends PathIOManager {

    /** Stores under {@code baseDir}. */
    public FilesystemIOManager(Path baseDir) {
        super(baseDir);
    }

    /** Stores under {@link #defaultBaseDir()}. */
    public FilesystemIOManager() {
        this(defaultBaseDir());
    }

    /** {@code <home>/storage}, the home being {@link AssetStudioHome#get()}. */
    public static Path defaultBaseDir() {
        return AssetStudioHome.get().resolve("storage");
    }

    @Override
    protected void dumpToPath(OutputContext context, Object value, Path path) throws IOException {
        if (value != null && !(value instanceof Serializable)) {
            throw new NotSerializableException("asset " + context.assetKey() + " returned a "
                    + value.getClass().getName() + ", which is not java.io.Serializable; "
                    + "FilesystemIOManager stores values with Java serialization, so make it Serializable "
                    + "or give the asset another I/O manager");
        }
        try (OutputStream file = Files.newOutputStream(path);
                ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(file))) {
            out.writeObject(value);
        } catch (NotSerializableException e) {
            throw new NotSerializableException("asset " + context.assetKey() + " returned a "
                    + value.getClass().getName() + " that holds a " + e.getMessage()
                    + ", which is not java.io.Serializable; FilesystemIOManager stores values with Java serialization");
        }
    }

    @Override
    protected Object loadFromPath(InputContext context, Path path) throws IOException, ClassNotFoundException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ProjectClassFilter filter = new ProjectClassFilter(loader);
        try (InputStream file = Files.newInputStream(path);
                ObjectInputStream in = new ProjectObjectInputStream(new BufferedInputStream(file), loader)) {
            in.setObjectInputFilter(filter);
            return in.readObject();
        } catch (InvalidClassException e) {
            if (filter.rejectedReason() == null) {
                throw e;
            }
            String name = filter.rejectedClassName();
            InvalidClassException refused = new InvalidClassException(
                    name,
                    "refused to read asset " + context.assetKey() + " from " + path + ": "
                            + (name == null ? "" : "class " + name + " is ") + filter.rejectedReason()
                            + " (only JDK classes and classes of the project jar may be deserialized)");
            refused.initCause(e);
            throw refused;
        }
    }

    /** Resolves stored class names in the project's loader, where the JDK default would not look. */
    private static final class ProjectObjectInputStream extends ObjectInputStream {
        private final ClassLoader loader;

        ProjectObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            if (loader != null) {
                try {
                    return Class.forName(desc.getName(), false, loader);
                } catch (ClassNotFoundException e) {
                    // primitives and classes the default lookup knows
                }
            }
            return super.resolveClass(desc);
        }
    }
}

package dev.assetstudio.api;

import java.io.ObjectInputFilter;
import java.util.Set;

/**
 * Decides which classes {@link FilesystemIOManager} may deserialize: JDK classes, the api's own
 * value types, and classes defined by the project's class loader, nothing else. Stored files can be
 * edited by anyone with disk access, and deserializing an arbitrary class of the studio's own
 * classpath is the classic gadget-chain attack; the project's classes are the ones the project chose
 * to store.
 *
 * <pre>{@code
 * var filter = new ProjectClassFilter(projectLoader);
 * objectInputStream.setObjectInputFilter(filter);
 * ...
 * filter.rejectedClassName();   // set once a class was refused
 * }</pre>
 *
 * <p>Also limits depth ({@value #MAX_DEPTH}), references ({@value #MAX_REFERENCES}) and stream size,
 * against streams crafted to exhaust memory. One instance per stream: it remembers the class it
 * refused so the caller can name it.
 */
public final class ProjectClassFilter implements ObjectInputFilter {
    /** Deepest object nesting accepted. */
    public static final long MAX_DEPTH = 100;
    /** Most object references accepted in one stream. */
    public static final long MAX_REFERENCES = 10_000_000;
    /** Largest stream accepted, in bytes (8 GiB: asset values can be large, but not unbounded). */
    public static final long MAX_BYTES = 8L << 30;

    /** The api's serializable value types, which projects store inside their own values. */
    private static final Set<Class<?>> API_VALUE_TYPES = Set.of(AssetKey.class);

    private final ClassLoader projectLoader;
    private final long maxBytes;
    private volatile String rejectedClassName;
    private volatile String rejectedReason;

    /** A filter allowing classes defined by {@code projectLoader} (may be null: JDK classes only). */
    public ProjectClassFilter(ClassLoader projectLoader) {
        this(projectLoader, MAX_BYTES);
    }

    /** As {@link #ProjectClassFilter(ClassLoader)}, with another stream size limit. */
    public ProjectClassFilter(ClassLoader projectLoader, long maxBytes) {
        this.projectLoader = projectLoader;
        this.maxBytes = maxBytes;
    }

    /** A filter for the calling thread's context class loader, which the engine sets to the project's. */
    public static ProjectClassFilter forContextClassLoader() {
        return new ProjectClassFilter(Thread.currentThread().getContextClassLoader());
    }

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH) {
            return reject(null, "object nesting deeper than " + MAX_DEPTH);
        }
        if (info.references() > MAX_REFERENCES) {
            return reject(null, "more than " + MAX_REFERENCES + " object references");
        }
        if (info.streamBytes() > maxBytes) {
            return reject(null, "stream larger than " + maxBytes + " bytes");
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.ALLOWED;
        }
        ObjectInputFilter global = ObjectInputFilter.Config.getSerialFilter();
        if (global != null && global.checkInput(info) == Status.REJECTED) {
            return reject(type, "refused by the JVM-wide serial filter");
        }
        return isAllowed(type) ? Status.ALLOWED : reject(type, "not a JDK class nor one of the project's classes");
    }

    /** Whether instances of {@code type} may be read. */
    public boolean isAllowed(Class<?> type) {
        Class<?> c = type;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return true;
        }
        ClassLoader loader = c.getClassLoader();
        if (loader == null || loader == ClassLoader.getPlatformClassLoader()) {
            return true;
        }
        if (projectLoader != null && loader == projectLoader) {
            return true;
        }
        return API_VALUE_TYPES.contains(c);
    }

    private Status reject(Class<?> type, String reason) {
        if (rejectedReason == null) {
            rejectedClassName = type == null ? null : type.getName();
            rejectedReason = reason;
        }
        return Status.REJECTED;
    }

    /** The class refused first, or {@code null} when none was (or a limit was hit instead). */
    public String rejectedClassName() {
        return rejectedClassName;
    }

    /** Why the stream was refused, or {@code null} when it was not. */
    public String rejectedReason() {
        return rejectedReason;
    }
}

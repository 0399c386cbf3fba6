package dev.assetstudio.api;

/**
 * Stores asset outputs and loads them as inputs of downstream assets, so that computations need not
 * know where data lives. The resource key {@code io_manager} is the default for every asset.
 *
 * <pre>{@code
 * Definitions.builder()
 *     .resource("io_manager", new FilesystemIOManager(Path.of("build/storage")))
 *     .resource("memory", new InMemoryIOManager())
 *     .build();
 * }</pre>
 *
 * <p>Implementations are called from several worker threads at once and must be thread-safe.
 */
public interface IOManager {
    /** Stores {@code value}, the output described by {@code context}. */
    void handleOutput(OutputContext context, Object value) throws Exception;

    /** Loads the upstream value described by {@code context}. */
    Object loadInput(InputContext context) throws Exception;
}

package dev.assetstudio.engine.worker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The version of {@link WorkerMessage}s this engine speaks, and the JSON mapper for them. */
public final class WorkerProtocol {
    /** Raised whenever a message or its fields change; engine and worker must agree on it. */
    public static final int VERSION = 2;

    /**
     * A system property that makes a worker claim another version: how the tests (and anyone
     * curious) see a mismatch refused.
     */
    public static final String VERSION_OVERRIDE = "asset.studio.worker.protocolVersion";

    static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WorkerProtocol() {}

    /** The version a worker announces: {@link #VERSION} unless {@link #VERSION_OVERRIDE} says otherwise. */
    static int announcedVersion() {
        return Integer.getInteger(VERSION_OVERRIDE, VERSION);
    }
}

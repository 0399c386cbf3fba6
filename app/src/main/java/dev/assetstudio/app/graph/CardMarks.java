package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.health.CheckSummary;
import java.util.function.Function;

/**
 * The engine's verdicts a card shows besides its status: the asset's health (a coloured edge) and how its checks
 * stand (a badge). Looked up per drawn card, so nothing is copied per frame.
 *
 * @param health the asset's health, or {@code null} while unknown
 * @param checks how its checks stand, or {@code null} when it has none
 */
record CardMarks(Function<AssetKey, AssetHealth> health, Function<AssetKey, CheckSummary> checks) {

    /** No marks (tests and probes that draw statuses only). */
    static final CardMarks NONE = new CardMarks(key -> null, key -> null);
}

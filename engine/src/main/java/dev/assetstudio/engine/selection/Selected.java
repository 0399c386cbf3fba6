package dev.assetstudio.engine.selection;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.CheckKey;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a selection resolved to: asset keys (materialized, each with its checks) and asset checks
 * selected on their own ({@code check:…}, {@code checks:…}).
 */
public record Selected(SortedSet<AssetKey> assets, SortedSet<CheckKey> checks) {
    public Selected {
        assets = Collections.unmodifiableSortedSet(new TreeSet<>(assets));
        checks = Collections.unmodifiableSortedSet(new TreeSet<>(checks));
    }

    /** True when nothing is selected. */
    public boolean isEmpty() {
        return assets.isEmpty() && checks.isEmpty();
    }
}

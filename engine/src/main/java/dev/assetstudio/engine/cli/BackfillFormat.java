package dev.assetstudio.engine.cli;

import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillProgress;
import java.util.stream.Collectors;

/** How the CLI writes a backfill's targets and partitions. */
final class BackfillFormat {
    private BackfillFormat() {}

    /** "40 targets: 38 succeeded, 2 not materialized, 0 failed, 0 skipped". */
    static String targets(BackfillProgress p) {
        StringBuilder sb = new StringBuilder()
                .append(p.total())
                .append(p.total() == 1 ? " target: " : " targets: ")
                .append(p.succeeded())
                .append(" succeeded, ")
                .append(p.notMaterialized())
                .append(" not materialized, ")
                .append(p.failed())
                .append(" failed, ")
                .append(p.skipped())
                .append(" skipped");
        if (p.canceled() > 0) {
            sb.append(", ").append(p.canceled()).append(" canceled");
        }
        if (p.running() > 0) {
            sb.append(", ").append(p.running()).append(" running");
        }
        if (p.pending() > 0) {
            sb.append(", ").append(p.pending()).append(" not started");
        }
        return sb.toString();
    }

    /** "14 partitions of daily from 2024-01-01; 7 of static A, G, …; 5 unpartitioned assets". */
    static String partitions(Backfill b) {
        String parts = b.partitions().entrySet().stream()
                .map(e -> e.getValue().size()
                        + (e.getValue().size() == 1 ? " partition of " : " partitions of ")
                        + e.getKey())
                .collect(Collectors.joining("; "));
        long unpartitioned = b.assets().values().stream().filter(v -> v == null).count();
        String plain = unpartitioned == 0
                ? ""
                : unpartitioned + (unpartitioned == 1 ? " unpartitioned asset" : " unpartitioned assets");
        return parts.isEmpty() ? plain : plain.isEmpty() ? parts : parts + "; " + plain;
    }
}

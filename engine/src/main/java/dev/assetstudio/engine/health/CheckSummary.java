package dev.assetstudio.engine.health;

import dev.assetstudio.api.AssetCheckSeverity;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import java.util.Map;

/**
 * How an asset's checks stand by their latest results: the badge the studio draws on a card and the words the CLI's
 * {@code list} prints, decided here once.
 *
 * <pre>{@code
 * CheckSummary s = CheckSummary.of(definition, history.latestCheckEvaluations(key));
 * s.state();   // FAILED when an ERROR check failed, WARNING when only WARN checks did
 * s.text();    // "1 failed, 1/2 passed"
 * }</pre>
 *
 * @param total the asset's checks
 * @param passed how many passed their latest evaluation
 * @param failedError how many failed with severity ERROR
 * @param failedWarn how many failed with severity WARN
 */
public record CheckSummary(int total, int passed, int failedError, int failedWarn) {

    /** The badge: the worst latest result among the asset's checks. */
    public enum State {
        /** The asset has no checks: no badge. */
        NONE,
        /** It has checks, none evaluated yet. */
        NOT_EVALUATED,
        PASSED,
        /** Only checks of severity WARN failed. */
        WARNING,
        /** A check of severity ERROR failed. */
        FAILED;

        /** Lower case, as printed and used in style classes. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** No checks. */
    public static final CheckSummary NONE = new CheckSummary(0, 0, 0, 0);

    /** The summary of {@code asset}'s current checks from their latest evaluations by name. */
    public static CheckSummary of(AssetDefinition asset, Map<String, AssetCheckEvaluation> latest) {
        int passed = 0;
        int error = 0;
        int warn = 0;
        for (String name : asset.checkNames()) {
            AssetCheckEvaluation e = latest.get(name);
            if (e == null) {
                continue;
            }
            if (e.passed()) {
                passed++;
            } else if (e.severity() == AssetCheckSeverity.WARN) {
                warn++;
            } else {
                error++;
            }
        }
        return new CheckSummary(asset.checks().size(), passed, error, warn);
    }

    public State state() {
        if (total == 0) {
            return State.NONE;
        }
        if (failedError > 0) {
            return State.FAILED;
        }
        if (failedWarn > 0) {
            return State.WARNING;
        }
        return passed > 0 ? State.PASSED : State.NOT_EVALUATED;
    }

    /** {@code 2/3 passed}, {@code 1 failed, 1/2 passed}, or {@code -} without checks (the CLI's column). */
    public String text() {
        if (total == 0) {
            return "-";
        }
        int failed = failedError + failedWarn;
        return failed > 0 ? failed + " failed, " + passed + "/" + total + " passed" : passed + "/" + total + " passed";
    }
}

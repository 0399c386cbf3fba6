package dev.assetstudio.engine;

/**
 * How an asset check ended in one run ({@link RunResult#checkStatus}).
 *
 * <pre>{@code
 * RunResult r = project.materialize(AssetSelection.parse("orders"));
 * r.checkStatus(AssetKey.of("orders"), "ordersHaveIds");   // PASSED
 * }</pre>
 */
public enum CheckStatus {
    /** It ran and passed (in every partition it ran for). */
    PASSED,
    /** It ran and failed, or threw, in at least one partition. */
    FAILED,
    /** It was part of the run but did not run: its asset failed, was skipped or did not materialize. */
    SKIPPED,
    /** It was not part of the run. */
    NOT_RUN;

    /** The worse of two: FAILED, then SKIPPED, then PASSED. */
    static CheckStatus worst(CheckStatus a, CheckStatus b) {
        if (a == FAILED || b == FAILED) {
            return FAILED;
        }
        if (a == SKIPPED || b == SKIPPED) {
            return SKIPPED;
        }
        return a == NOT_RUN ? b : a;
    }
}

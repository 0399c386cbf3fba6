package dev.assetstudio.engine.history;

import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.StepEventType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many attempts a step of a run took and why each lost one was lost: one attempt, plus one per
 * {@link StepEventType#RETRIED} event. The studio and the CLI both show a retry from this, so they
 * number attempts the same way.
 *
 * <pre>{@code
 * StepAttempts a = StepAttempts.of(history.stepEvents(runId)).getOrDefault(step, StepAttempts.FIRST);
 * a.words();       // "attempt 2"
 * a.causeWords();  // "attempt 1 lost: worker 4121@127.0.0.1:5701 left mid-step: MemberLeftException"
 * }</pre>
 *
 * @param count the attempts so far, the current one included (1 when never retried)
 * @param lostCauses why each attempt before the current one was lost, in order
 */
public record StepAttempts(int count, List<String> lostCauses) {
    /** A step on its first attempt. */
    public static final StepAttempts FIRST = new StepAttempts(1, List.of());

    public StepAttempts {
        lostCauses = List.copyOf(lostCauses);
        if (count != lostCauses.size() + 1) {
            throw new IllegalArgumentException(
                    "a step's attempts are one more than those lost, got " + count + " with " + lostCauses);
        }
    }

    /** The attempts of each step of a run that was retried, from its step events; steps never retried are left out. */
    public static Map<StepKey, StepAttempts> of(List<StepEventRecord> events) {
        Map<StepKey, StepAttempts> attempts = new LinkedHashMap<>();
        for (StepEventRecord e : events) {
            if (e.type() == StepEventType.RETRIED) {
                attempts.merge(
                        StepKey.of(e.assetKey(), e.partition()),
                        FIRST.retried(e.message()),
                        (was, one) -> was.retried(e.message()));
            }
        }
        return attempts;
    }

    /** These attempts and one more, the last lost for {@code cause}. */
    public StepAttempts retried(String cause) {
        List<String> causes = new ArrayList<>(lostCauses);
        causes.add(cause == null || cause.isBlank() ? "no cause given" : cause);
        return new StepAttempts(count + 1, causes);
    }

    /** Whether an attempt was lost and the step tried again. */
    public boolean wasRetried() {
        return count > 1;
    }

    /** "attempt 2"; empty on the first attempt. */
    public String words() {
        return wasRetried() ? "attempt " + count : "";
    }

    /** One line per lost attempt: "attempt 1 lost: CAUSE"; empty when none was. */
    public String causeWords() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < lostCauses.size(); i++) {
            lines.add(lostWords(i + 1, lostCauses.get(i)));
        }
        return String.join("\n", lines);
    }

    /** "attempt 1 lost: CAUSE": one lost attempt. */
    public static String lostWords(int attempt, String cause) {
        return "attempt " + attempt + " lost: " + cause;
    }

    /** "attempt 2 (attempt 1 lost: CAUSE)": a retry as a log says it, {@code attempt} the one now starting. */
    public static String retryWords(int attempt, String cause) {
        return "attempt " + attempt + " (" + lostWords(attempt - 1, cause) + ")";
    }
}

package dev.assetstudio.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * A lost attempt's cause, as history keeps it and the step table shows it on hover: who was lost
 * and how, in one line without Hazelcast's member ids (the worker's name says who).
 */
class LostAttemptWordsTest {
    private static final String WORKER = "560@127.0.0.1:5701";

    @Test
    void aWorkerThatDiedMidStepLeftMidStep() {
        var cause = new TargetDisconnectedException("Connection closed by the other side");
        assertTrue(ClusterStepRunner.workerLost(cause));
        assertEquals(
                "worker 560@127.0.0.1:5701 left mid-step: TargetDisconnectedException: Connection closed by the other side",
                ClusterStepRunner.lostWords(WORKER, cause));
    }

    @Test
    void aStepSentToAWorkerAlreadyGoneNeverReachedItAndItsIdIsLeftOut() {
        var gone = new TargetNotMemberException(
                "Member with uuid(ac5c4371-2058-47ca-91fd-106b04429d85) is not in member list");
        Throwable cause = new ExecutionException(gone).getCause();
        assertTrue(ClusterStepRunner.workerLost(cause));
        assertEquals(
                "worker 560@127.0.0.1:5701 had left before the step reached it: TargetNotMemberException: Member is not"
                        + " in member list",
                ClusterStepRunner.lostWords(WORKER, cause));
    }
}

package dev.assetstudio.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    private final BackgroundTasks tasks = BackgroundTasks.synchronous();

    @Test
    void deliversTheResultThenFinally() {
        List<String> calls = new ArrayList<>();
        tasks.run(() -> 42)
                .onSuccess(value -> calls.add("success " + value))
                .onFailure(failure -> calls.add("failure"))
                .onFinally(() -> calls.add("finally"))
                .start();
        assertEquals(List.of("success 42", "finally"), calls);
    }

    @Test
    void deliversTheFailure() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        var future = tasks.run(() -> {
                    throw new IllegalStateException("jar is broken");
                })
                .onSuccess(value -> {
                    throw new AssertionError("no success expected");
                })
                .onFailure(failures::add)
                .start();
        assertEquals(1, failures.size());
        assertInstanceOf(IllegalStateException.class, failures.get(0));
        assertTrue(future.isCompletedExceptionally());
    }

    @Test
    void reportsProgress() {
        List<Progress> reports = new ArrayList<>();
        tasks.run(progress -> {
                    progress.accept(new Progress(0.5, "half"));
                    progress.accept(new Progress(1, "done"));
                    return "ok";
                })
                .progress(reports::add)
                .start();
        assertEquals(List.of(new Progress(0.5, "half"), new Progress(1, "done")), reports);
    }
}

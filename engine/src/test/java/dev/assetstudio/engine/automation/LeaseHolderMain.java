package dev.assetstudio.engine.automation;

import dev.assetstudio.engine.history.AutomationStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A child JVM holding the daemon lease of a history database, heartbeating until it is killed: the
 * "other daemon" of {@link DaemonLeaseTest}. Prints {@code HELD} once it holds the lease.
 *
 * <p>Arguments: {@code historyDb}.
 */
public final class LeaseHolderMain {
    private LeaseHolderMain() {}

    public static void main(String[] args) throws Exception {
        try (AutomationStore store = AutomationStore.open(Path.of(args[0]))) {
            DaemonLease lease = new DaemonLease(store, Clock.systemUTC(), DaemonLease.DEFAULT_TIMEOUT);
            boolean announced = false;
            while (true) {
                if (lease.heartbeat().mine() && !announced) {
                    System.out.println("HELD");
                    System.out.flush();
                    announced = true;
                }
                Thread.sleep(200);
            }
        }
    }
}

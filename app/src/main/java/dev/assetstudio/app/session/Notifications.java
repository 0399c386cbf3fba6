package dev.assetstudio.app.session;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The notifications features raise and the shell has not shown yet; the shell's toasts show and remove them. */
public final class Notifications {
    private final ObservableList<Notification> pending = FXCollections.observableArrayList();

    /** Notifications not yet shown (FX thread). */
    public ObservableList<Notification> pending() {
        return pending;
    }

    /** Raises {@code notification} (FX thread). */
    public void add(Notification notification) {
        pending.add(Objects.requireNonNull(notification, "notification"));
    }
}

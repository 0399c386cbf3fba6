package dev.assetstudio.app.run;

import dev.assetstudio.app.session.Notification;
import dev.assetstudio.app.session.StudioSession;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/**
 * Shows the session's {@link StudioSession#notifications()} as toasts in the corner of the window (ControlsFX
 * {@link Notifications}) and removes each from the list once shown.
 */
public final class NotificationToasts {

    private final StudioSession session;
    private final Window owner;

    private NotificationToasts(StudioSession session, Window owner) {
        this.session = session;
        this.owner = owner;
    }

    /** Starts showing {@code session}'s notifications over {@code owner}. */
    public static NotificationToasts install(StudioSession session, Window owner) {
        var toasts = new NotificationToasts(session, owner);
        session.notifications().addListener((ListChangeListener<Notification>) c -> toasts.showPending());
        toasts.showPending();
        return toasts;
    }

    private void showPending() {
        // Not while the list is reporting a change: take the notifications in the next pulse.
        Platform.runLater(() -> {
            List<Notification> pending = List.copyOf(session.notifications());
            if (pending.isEmpty()) {
                return;
            }
            session.notifications().removeAll(pending);
            if (owner.isShowing()) {
                pending.forEach(this::show);
            }
        });
    }

    private void show(Notification notification) {
        var toast = Notifications.create()
                .owner(owner)
                .title(notification.title())
                .text(shorten(notification.detail()))
                // Top right: the run panel and its timeline are at the bottom, and a toast must not hide them.
                .position(Pos.TOP_RIGHT)
                .hideAfter(javafx.util.Duration.seconds(notification.level() == Notification.Level.ERROR ? 12 : 5));
        switch (notification.level()) {
            case ERROR -> toast.showError();
            case WARNING -> toast.showWarning();
                // showConfirm() would draw a question mark: a success gets the success icon.
            case SUCCESS -> toast.graphic(dev.assetstudio.app.theme.Icons.create(
                            dev.assetstudio.app.theme.Icon.FRESH, 28, dev.assetstudio.app.theme.Styles.STATUS_FRESH))
                    .show();
            case INFO -> toast.showInformation();
        }
    }

    private static String shorten(String text) {
        // A toast is a glance; the run panel and the error panel hold the whole text.
        String[] lines = text.split("\n", -1);
        String head = String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 6)));
        return head.length() > 600 ? head.substring(0, 600) + "…" : head;
    }
}

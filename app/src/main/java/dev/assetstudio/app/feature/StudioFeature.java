package dev.assetstudio.app.feature;

/**
 * One part of the studio (the graph, the details tabs, automation…) plugged into the window, the one way every
 * part is: {@link dev.assetstudio.app.StudioApp} builds a {@link StudioContext} and calls {@link #install} on each
 * feature in turn, as JUnit calls its small extension interfaces. A feature puts its views into the window, its
 * commands into the shell, and says through the context what the first screenshot waits for and what to close
 * with the window.
 */
@FunctionalInterface
public interface StudioFeature {

    /** Creates the feature's view-models and views and puts them into {@code context}'s window (FX thread). */
    void install(StudioContext context);
}

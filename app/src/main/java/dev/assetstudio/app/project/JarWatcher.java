package dev.assetstudio.app.project;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Calls back when a jar changes on disk, so the studio can reload what a build just wrote.
 *
 * <p>Watches the jar's directory (a file cannot be watched by itself, and build tools often write a temporary file and
 * rename it over the jar, which is a create in the directory, not a modify of the file). Events for other files are
 * ignored. A build writes a jar in many small steps, so the callback waits until the jar has been quiet for the
 * debounce interval, and only fires while the jar exists.
 *
 * <pre>{@code
 * try (var watcher = JarWatcher.start(jar, Duration.ofMillis(500), () -> Platform.runLater(viewModel::reload))) {
 *     …
 * }
 * }</pre>
 *
 * The callback runs on the watcher's own daemon thread.
 */
public final class JarWatcher implements AutoCloseable {

    private final Path jar;
    private final WatchService service;
    private final Thread thread;

    private JarWatcher(Path jar, WatchService service, Duration debounce, Runnable onChange) {
        this.jar = jar;
        this.service = service;
        this.thread = new Thread(() -> watch(debounce.toMillis(), onChange), "jar-watcher-" + jar.getFileName());
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code jar}; {@code onChange} runs once per burst of changes. */
    public static JarWatcher start(Path jar, Duration debounce, Runnable onChange) throws IOException {
        Path absolute = jar.toAbsolutePath().normalize();
        WatchService service = FileSystems.getDefault().newWatchService();
        try {
            absolute.getParent()
                    .register(
                            service,
                            StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        var watcher = new JarWatcher(absolute, service, debounce, Objects.requireNonNull(onChange));
        watcher.thread.start();
        return watcher;
    }

    /** The jar being watched. */
    public Path jar() {
        return jar;
    }

    private void watch(long debounceMillis, Runnable onChange) {
        Path name = jar.getFileName();
        boolean pending = false;
        try {
            while (true) {
                WatchKey key = pending ? service.poll(debounceMillis, TimeUnit.MILLISECONDS) : service.take();
                if (key == null) {
                    // Quiet for a whole interval: the write is over. A deleted jar waits for its next version.
                    pending = false;
                    if (Files.isRegularFile(jar)) {
                        onChange.run();
                    }
                    continue;
                }
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(event.context())) {
                        pending = true;
                    }
                }
                if (!key.reset()) {
                    return; // The directory went away.
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: stop quietly.
        }
    }

    /** Stops watching; no callback starts after this returns (one already running may finish). */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Nothing more to release.
        }
        thread.interrupt();
    }
}

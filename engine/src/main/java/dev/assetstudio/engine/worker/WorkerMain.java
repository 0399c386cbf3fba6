package dev.assetstudio.engine.worker;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The worker process: a JVM the engine starts per open project, holding the project's classes. It
 * connects to the loopback port the engine listens on, says {@link WorkerMessage.Hello} with the
 * token it was given, and hands every message to a {@link WorkerService}. Its stdout and stderr
 * are free for whatever the project's code (or the JVM) prints: the engine keeps their last lines.
 * Exits when the engine says so or the connection closes (the engine is gone).
 *
 * <p>Arguments: {@code --port N} and {@code --token T} (where the engine listens, and the secret
 * that proves this is the worker it started), {@code --storage DIR} (the folder of the default
 * {@code io_manager}).
 */
public final class WorkerMain {
    private WorkerMain() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.keySet().containsAll(List.of("--port", "--token", "--storage"))) {
            System.err.println("usage: WorkerMain --port N --token T --storage DIR");
            System.exit(2);
        }
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(options.get("--port")));
        socket.setTcpNoDelay(true);
        FramedChannel channel = new FramedChannel(socket.getInputStream(), socket.getOutputStream());
        channel.send(new WorkerMessage.Hello(
                WorkerProtocol.announcedVersion(),
                ProcessHandle.current().pid(),
                System.getProperty("java.version"),
                options.get("--token")));
        WorkerService service = new WorkerService(channel::send, Path.of(options.get("--storage")));
        while (true) {
            WorkerMessage message;
            try {
                message = channel.receive();
            } catch (EOFException e) {
                break; // the engine is gone
            }
            if (message instanceof WorkerMessage.Shutdown) {
                break;
            }
            service.handle(message);
        }
        System.exit(0);
    }
}

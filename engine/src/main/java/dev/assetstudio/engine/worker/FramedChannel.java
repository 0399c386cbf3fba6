package dev.assetstudio.engine.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * {@link WorkerMessage}s over a pair of byte streams (a loopback socket's): each frame is a
 * four-byte big-endian length and that many bytes of JSON, written by Jackson. Sending is
 * thread-safe; receiving is for one reader thread.
 */
final class FramedChannel implements Closeable {
    /** A frame bigger than this is a broken stream, not a message. */
    static final int MAX_FRAME = 64 * 1024 * 1024;

    private final DataInputStream in;
    private final DataOutputStream out;

    FramedChannel(InputStream in, OutputStream out) {
        this.in = new DataInputStream(new BufferedInputStream(in, 64 * 1024));
        this.out = new DataOutputStream(new BufferedOutputStream(out, 64 * 1024));
    }

    /** Writes one message and flushes it. */
    void send(WorkerMessage message) throws IOException {
        byte[] bytes = WorkerProtocol.MAPPER.writeValueAsBytes(message);
        synchronized (out) {
            out.writeInt(bytes.length);
            out.write(bytes);
            out.flush();
        }
    }

    /** The next frame's bytes; {@link EOFException} when the other side is gone. */
    byte[] receiveFrame() throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("broken worker stream: a frame of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    /** The next message; {@link EOFException} when the other side is gone. */
    WorkerMessage receive() throws IOException {
        return WorkerProtocol.MAPPER.readValue(receiveFrame(), WorkerMessage.class);
    }

    @Override
    public void close() throws IOException {
        try {
            in.close();
        } finally {
            out.close();
        }
    }
}

package dev.assetstudio.engine.reliability;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;

/**
 * Stands for a deserialization gadget: a serializable class on the studio's class path (neither the
 * JDK's nor the project's) whose {@code readObject} does something. It only raises a flag.
 */
public final class GadgetPayload implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    static volatile boolean readObjectRan;

    final String command;

    GadgetPayload(String command) {
        this.command = command;
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        readObjectRan = true;
        in.defaultReadObject();
    }
}

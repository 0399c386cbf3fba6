package dev.assetstudio.engine.definitions;

import dev.assetstudio.api.AssetKey;
import java.util.concurrent.Callable;

/**
 * The error boundary every user call goes through: sets the thread's context class loader to the
 * project's (so that user code, Jackson, {@code ServiceLoader} and the filesystem I/O manager's
 * deserialization filter see the jar's classes), restores it, and wraps whatever the user code
 * throws in a {@link UserCodeException} naming asset, partition and phase.
 */
public final class UserCode {
    private UserCode() {}

    /**
     * Calls {@code call} with {@code loader} as context class loader ({@code null}: leave it as is).
     *
     * @throws UserCodeException wrapping anything {@code call} throws, except JVM errors such as
     *     {@link OutOfMemoryError}, which are rethrown as they are
     */
    public static <T> T call(
            ClassLoader loader, AssetKey key, String partition, UserCodeException.Phase phase, Callable<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (loader != null) {
            thread.setContextClassLoader(loader);
        }
        try {
            return call.call();
        } catch (UserCodeException e) {
            throw e;
        } catch (VirtualMachineError e) {
            if (e instanceof StackOverflowError) {
                throw new UserCodeException(key, partition, phase, e);
            }
            throw e;
        } catch (Exception | LinkageError | AssertionError e) {
            throw new UserCodeException(key, partition, phase, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

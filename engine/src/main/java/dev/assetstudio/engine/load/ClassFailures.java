package dev.assetstudio.engine.load;

/**
 * Puts a failure to load or initialize a user class into words that say what to do about it: which
 * class, and the missing class or the initializer's exception.
 */
final class ClassFailures {
    private ClassFailures() {}

    static String describe(String className, Throwable failure) {
        if (failure instanceof ExceptionInInitializerError init) {
            Throwable cause = init.getCause() == null ? init : init.getCause();
            return "the static initializer of class " + className + " threw " + Problems.describe(cause);
        }
        if (failure instanceof NoClassDefFoundError missing) {
            String message = String.valueOf(missing.getMessage());
            if (message.startsWith("Could not initialize class")) {
                return "class " + className + " cannot be used because a class it needs failed to initialize ("
                        + message + ")";
            }
            return "class " + className + " needs class " + message.replace('/', '.')
                    + ", which is neither in the jar nor in the studio; is a library missing from the jar?"
                    + " (package the project with its dependencies, e.g. a shaded jar)";
        }
        if (failure instanceof UnsupportedClassVersionError version) {
            return "class " + className + " was compiled for a newer Java than this one (" + Runtime.version() + "): "
                    + version.getMessage();
        }
        if (failure instanceof ClassNotFoundException) {
            return "class " + className + " is not in the jar";
        }
        return "class " + className + " cannot be loaded: " + Problems.describe(failure);
    }
}

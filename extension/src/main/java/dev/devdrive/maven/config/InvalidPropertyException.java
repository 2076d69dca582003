package dev.devdrive.maven.config;

/** A {@code devdrive.*} property has a value the extension cannot use; the message says how to fix it. */
public final class InvalidPropertyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final String value;

    InvalidPropertyException(String property, String value, String expected, String source) {
        super("Invalid value '" + value + "' for property " + property + " (" + source + "): expected " + expected
                + ". Fix it where it is set, or remove it to use the default.");
        this.property = property;
        this.value = value;
    }

    public String property() {
        return property;
    }

    public String value() {
        return value;
    }
}

package org.annals.actors;

/** A registry file that cannot be read: the message names the file, the line and what is wrong. */
public final class RegistryFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RegistryFormatException(String message) {
        super(message);
    }

    public RegistryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

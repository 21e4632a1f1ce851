package org.trialworkbench.store;

/** A store operation failed; the message is meant for the user, the cause (if any) for the log. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.trialworkbench.store;

/** Another process (another Trial Workbench) holds the store's database file. */
public class StoreInUseException extends StoreException {
    public StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}

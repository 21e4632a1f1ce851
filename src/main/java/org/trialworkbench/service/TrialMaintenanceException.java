package org.trialworkbench.service;

/**
 * A split or merge the service refuses, with a message written for the reviewer (shown as is).
 * Nothing has been changed in the store when it is thrown.
 */
public final class TrialMaintenanceException extends RuntimeException {
    public TrialMaintenanceException(String message) {
        super(message);
    }
}
